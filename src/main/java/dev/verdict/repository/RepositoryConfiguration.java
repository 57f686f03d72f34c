package dev.verdict.repository;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RepositoryConfiguration {

    /** Fails start-up, with what to do, when no key is configured and generating one is not allowed. */
    @Bean
    SecretBox secretBox(@Value("${verdict.secret-key:}") String key,
                        @Value("${verdict.data-dir}") Path dataDir,
                        @Value("${verdict.generate-secret-key:false}") boolean generate) {
        return new SecretBox(SecretKeys.resolve(key, dataDir, generate));
    }
}
