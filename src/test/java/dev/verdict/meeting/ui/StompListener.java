package dev.verdict.meeting.ui;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** A STOMP client on /ws with a logged-in user's session cookie, as a room display or bot would use it. */
class StompListener implements AutoCloseable {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final WebSocketStompClient client;
    private final StompSession session;

    StompListener(int port, String sessionCookie, String topic) throws Exception {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new RawBytes());
        var headers = new WebSocketHttpHeaders();
        headers.add("Cookie", "JSESSIONID=" + sessionCookie);
        session = client.connectAsync("ws://localhost:" + port + "/ws", headers, new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                errors.add(headers.getFirst("message") + " "
                        + (payload == null ? "" : new String((byte[]) payload, StandardCharsets.UTF_8)));
            }

            @Override
            public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
                errors.add(String.valueOf(e));
            }

            @Override
            public void handleTransportError(StompSession s, Throwable e) {
                errors.add(String.valueOf(e));
            }
        }).get(10, TimeUnit.SECONDS);
        session.subscribe(topic, new StompSessionHandlerAdapter() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                String text = new String((byte[]) payload, StandardCharsets.UTF_8);
                received.add(text);
                messages.add(text);
            }
        });
        Thread.sleep(500);
    }

    /** Hands JSON and text frames over as bytes, undecoded. */
    private static final class RawBytes extends AbstractMessageConverter {
        RawBytes() {
            super(List.of(MimeTypeUtils.APPLICATION_JSON, MimeTypeUtils.TEXT_PLAIN));
        }

        @Override
        protected boolean supports(Class<?> type) {
            return type == byte[].class;
        }

        @Override
        protected Object convertFromInternal(Message<?> message, Class<?> target, Object hint) {
            return message.getPayload();
        }

        @Override
        protected Object convertToInternal(Object payload, MessageHeaders headers, Object hint) {
            return payload;
        }
    }

    String next() throws InterruptedException {
        String message = messages.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message on the feed within 10 s; errors: " + errors);
        }
        return message;
    }

    List<String> received() throws InterruptedException {
        Thread.sleep(1000);
        return received;
    }

    List<String> errors() {
        return errors;
    }

    @Override
    public void close() {
        try {
            if (session.isConnected()) {
                session.disconnect();
            }
        } finally {
            client.stop();
        }
    }
}
