package dev.verdict.meeting.ui;

import dev.verdict.LocalPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two tabs' simultaneous Next on the real PostgreSQL at 127.0.0.1:5432, in a database of its own. */
@ActiveProfiles("postgres")
class ConcurrentNextPostgresIT extends ConcurrentNextContract {

    private static final String DATABASE = "verdict_concurrent_next";

    @BeforeAll
    static void freshDatabase() {
        LocalPostgres.freshDatabase(DATABASE);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry, DATABASE);
    }
}
