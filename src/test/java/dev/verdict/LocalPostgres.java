package dev.verdict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), one fresh database per test
 * class that asks for it. Tests that need it are skipped, not failed, when none answers.
 */
public final class LocalPostgres {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private LocalPostgres() {
    }

    /** Drops and creates {@code database}; skips the calling tests when no server answers. */
    public static void freshDatabase(String database) {
        try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            assumeTrue(false, "No PostgreSQL answers on 127.0.0.1:5432 as user postgres (" + e.getMessage()
                    + "): the PostgreSQL tests are skipped");
        }
    }

    /**
     * Ends the server's sessions of one application name ({@code pg_terminate_backend}), as a
     * database restart or a network cut would.
     *
     * @return how many sessions were ended
     */
    public static int terminate(String applicationName) {
        try (var connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             var statement = connection.prepareStatement(
                     "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")) {
            statement.setString(1, applicationName);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the app (in its postgres profile) at {@code database}. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> SERVER + database);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // The postgres profile refuses to start without a credentials key.
        registry.add("verdict.secret-key", () -> "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    }
}
