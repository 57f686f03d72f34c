package dev.verdict;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app on its embedded defaults (H2, demo repository) in a data folder of the test run. */
@SpringBootTest
public abstract class AppTest {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }
}
