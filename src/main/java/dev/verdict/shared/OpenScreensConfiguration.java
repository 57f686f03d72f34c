package dev.verdict.shared;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each open screen costs the server beyond its UI: one push websocket and a keep-alive
 * connection. A review room keeps many of them open for an hour, so their buffers are sized for
 * what flows through them (measured by the fan-out benchmark, ADR 10).
 */
@Configuration(proxyBeanMethods = false)
class OpenScreensConfiguration {

    static {
        // Tomcat compresses every websocket message (permessage-deflate) with a zlib stream and a
        // buffer per connection, held for the connection's life. A room's pushes are a few KB on
        // a local network: the memory per open screen is worth more than the bytes saved. Set
        // before the server starts (this class is loaded while the context is being built).
        System.setProperty("org.apache.tomcat.websocket.DISABLE_BUILTIN_EXTENSIONS", "true");
    }

    /**
     * Atmosphere allocates an 8192-char and an 8192-byte buffer for every push websocket and never
     * writes through them (it only clears them on close). Vaadin hands its servlet's init
     * parameters to Atmosphere.
     */
    @Bean
    static BeanPostProcessor unusedPushBuffersShrunk() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.websocket.bufferSize", "128");
                }
                return bean;
            }
        };
    }

    /**
     * Tomcat's per-connection socket buffers: 4 KB instead of 8 KB each way, as Tomcat's own
     * documentation advises for many long-lived keep-alive connections.
     */
    @Bean
    TomcatConnectorCustomizer smallerSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", "4096");
            connector.setProperty("socket.appWriteBufSize", "4096");
        };
    }
}
