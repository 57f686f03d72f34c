package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebSocketCompressionDeclinedTest {

    private final WebSocketCompressionDeclined filter = new WebSocketCompressionDeclined();

    @Test
    void a_websocket_upgrade_reaches_the_server_without_the_browsers_compression_offer() throws Exception {
        var request = upgrade();
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        var seen = (jakarta.servlet.http.HttpServletRequest) chain.getRequest();
        assertThat(seen.getHeader("Sec-WebSocket-Extensions")).isNull();
        assertThat(seen.getHeader("sec-websocket-extensions")).isNull();
        assertThat(Collections.list(seen.getHeaders("Sec-WebSocket-Extensions"))).isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).doesNotContain("Sec-WebSocket-Extensions")
                .contains("Upgrade", "Sec-WebSocket-Key", "Cookie");
        assertThat(seen.getHeader("Sec-WebSocket-Key")).isEqualTo("dGhlIHNhbXBsZSBub25jZQ==");
    }

    @Test
    void an_ordinary_request_passes_untouched() throws Exception {
        var request = new MockHttpServletRequest("GET", "/reviews");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate");
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest upgrade() {
        var request = new MockHttpServletRequest("GET", "/VAADIN/push");
        request.addHeader("Upgrade", "websocket");
        request.addHeader("Connection", "Upgrade");
        request.addHeader("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        request.addHeader("Cookie", "JSESSIONID=abc");
        return request;
    }
}
