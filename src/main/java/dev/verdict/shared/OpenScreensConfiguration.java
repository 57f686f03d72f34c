package dev.verdict.shared;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What each open screen costs the server beyond its UI: one push websocket and a keep-alive
 * connection. A review room keeps many of them open for an hour, so their buffers are sized for
 * what flows through them (measured by the fan-out benchmark, ADR 10).
 */
@Configuration(proxyBeanMethods = false)
class OpenScreensConfiguration {

    /** Tomcat's websocket frame buffers (input, output, encoder), 8 KB each per connection by default. */
    static final String WEBSOCKET_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    static {
        // Read once, when Tomcat's websocket support first loads: this class is loaded while the
        // context is being built (its post-processor below), before the server starts. A room's
        // pushes are a few KB; a larger one goes out as several frames. An operator's own
        // -D setting wins.
        if (System.getProperty(WEBSOCKET_BUFFER_SIZE) == null) {
            System.setProperty(WEBSOCKET_BUFFER_SIZE, "2048");
        }
    }

    /**
     * Tomcat compresses websocket messages (permessage-deflate) whenever the browser offers it,
     * with a zlib stream and two 8 KB buffers per connection, held for the connection's life;
     * Tomcat 11 has no switch to turn that off. A room's pushes are a few KB on a local network:
     * the memory per open screen is worth more than the bytes saved, so the offer is not shown
     * to the websocket upgrade.
     */
    @Bean
    FilterRegistrationBean<WebSocketCompressionDeclined> webSocketCompressionDeclined() {
        var registration = new FilterRegistrationBean<>(new WebSocketCompressionDeclined());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
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
     * Tomcat's per-connection socket buffers: 2 KB instead of 8 KB each way, as Tomcat's own
     * documentation advises for many long-lived keep-alive connections (each open screen keeps a
     * push websocket and one or two keep-alive connections). Reads and writes larger than the
     * buffer go straight to the socket.
     */
    @Bean
    TomcatConnectorCustomizer smallerSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", "2048");
            connector.setProperty("socket.appWriteBufSize", "2048");
        };
    }
}
