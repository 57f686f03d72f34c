package dev.verdict;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on its embedded defaults (H2, demo repository) in a data folder of the test run.
 * Tests can see the SQL a call sends ({@link RecordedStatements}); it records nothing unless asked.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector=dev.verdict.RecordedStatements")
public abstract class AppTest {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }
}
