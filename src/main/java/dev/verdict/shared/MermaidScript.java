package dev.verdict.shared;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Mermaid from its webjar ({@code org.webjars.npm:mermaid}) for diagrams in docs, cached
 * for a year: the path carries the version, so the 2.6 MB script never changes under it (without
 * this, Spring Security's default {@code no-store} would fetch it again on every page with a diagram).
 */
@Configuration(proxyBeanMethods = false)
class MermaidScript implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/mermaid/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/mermaid/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
