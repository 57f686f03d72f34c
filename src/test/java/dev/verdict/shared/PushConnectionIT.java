package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The push websocket as Tomcat opens it for a signed-in browser (ADR 10). */
class PushConnectionIT extends BrowserTest {

    @Test
    void a_push_websocket_opens_without_compression_even_when_the_browser_offers_it() throws Exception {
        Browser.login(browser, base(), "alice");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();

        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-tracking-id=0 HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Cookie: JSESSIONID=" + session + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = head(socket.getInputStream());

            assertThat(head).startsWith("HTTP/1.1 101");
            assertThat(head.toLowerCase()).contains("upgrade: websocket").doesNotContain("sec-websocket-extensions");
        }
    }

    /** The response's status line and headers, up to the blank line. */
    private static String head(InputStream in) throws Exception {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
