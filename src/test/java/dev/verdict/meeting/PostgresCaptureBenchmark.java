package dev.verdict.meeting;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link CaptureBenchmark} on the real PostgreSQL at 127.0.0.1:5432, in a database of its own. */
@ActiveProfiles("postgres")
class PostgresCaptureBenchmark extends CaptureBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "verdict_bench";

    @BeforeAll
    static void freshDatabase() {
        try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            assumeTrue(false, "No PostgreSQL answers on 127.0.0.1:5432 as user postgres: " + e.getMessage());
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("verdict.secret-key", () -> "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    }

    @Override
    String database() {
        return "postgres";
    }
}
