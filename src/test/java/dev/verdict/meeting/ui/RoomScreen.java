package dev.verdict.meeting.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One attendee's room screen, as Vaadin 25's browser client drives it, over HTTP and the push
 * websocket only (no browser, no rendering). The steps and their parameters are the ones a real
 * Chromium sends to this app (recorded from Chrome's network log):
 * <ol>
 * <li>{@code GET /login}, then {@code POST /login} with {@code _csrf} (the token Vaadin writes
 *     into the page as {@code <meta name="_csrf">}), {@code username} and {@code password}: Spring
 *     Security's form login; the session cookie it sets is this screen's own.</li>
 * <li>{@code GET /reviews/<id>} (the page shell), then Vaadin's init request
 *     {@code GET /?v-r=init&location=reviews/<id>&query=&v-...} (the browser details): JSON whose
 *     {@code appConfig} holds the UI id ({@code v-uiId}), the UIDL CSRF token
 *     ({@code uidl.Vaadin-Security-Key}) and the push id ({@code uidl.Vaadin-Push-ID}).</li>
 * <li>The push websocket, {@code /VAADIN/push?v-r=push&v-uiId=..&v-pushId=..&X-Atmosphere-...}
 *     (Atmosphere's JavaScript client 4.0.1 with message-size tracking: every message comes as
 *     {@code <length>|<message>}; the first is Atmosphere's handshake
 *     {@code <tracking id>|<heartbeat>|X|}).</li>
 * <li>The client's first UIDL request, {@code POST /?v-r=uidl&v-uiId=..}: the {@code ui-navigate}
 *     event on the UI's node (1), which builds the room view; its answer is the room's first render.</li>
 * <li>While open: the UI's {@code ui-poll} event every {@link #POLL_MILLIS} (the room's presence
 *     poll, {@code MeetingView.POLL_MILLIS}) and Vaadin's heartbeat ({@code POST ?v-r=heartbeat})
 *     every {@link #HEARTBEAT_MILLIS} ({@code vaadin.heartbeatInterval}), as the browser sends them.</li>
 * </ol>
 * Every UIDL message the client sends carries {@code syncId} (the last server message it has
 * seen: the server's messages are numbered, pushed ones included) and {@code clientId} (its own
 * count of messages sent, which the server expects in order); the screen keeps both as Vaadin's
 * {@code MessageHandler} and {@code MessageSender} do, and counts a gap in the server's numbers
 * or a resynchronisation the server asks for as a problem.
 *
 * <p>A screen "sees" capture {@code n} when a pushed message carries the marker
 * {@code load-<n>-mark}: the listener gets the arrival time (wall clock, microseconds).
 */
final class RoomScreen {

    static final long POLL_MILLIS = 10_000;
    static final long HEARTBEAT_MILLIS = 15_000;
    /** What every capture's text carries, so a screen can tell which capture a push brings. */
    static final Pattern MARKER = Pattern.compile("load-(\\d+)-mark");

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The browser details Vaadin's client adds to its init request (a 1440x900 laptop, UTC). */
    private static final String CLIENT_DETAILS = "v-sh=900&v-sw=1440&v-wh=820&v-ww=1440&v-bh=820&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=land";

    /** What a screen reports. Called on the websocket's thread: keep it short. */
    interface Listener {
        void seen(RoomScreen screen, int capture, long epochMicros);

        void problem(RoomScreen screen, String what);
    }

    final int index;
    private final URI base;
    private final String reviewId;
    private final String username;
    private final String password;
    private final HttpClient http;
    private final Listener listener;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final BitSet seen = new BitSet();
    private final StringBuilder pending = new StringBuilder();
    /** The server message numbers received (pushes and answers may arrive out of order). */
    private final BitSet syncIds = new BitSet();
    private final Object sending = new Object();

    private String uiId;
    private String securityKey;
    private volatile int lastSyncId = -1;
    private int clientId;
    private volatile WebSocket socket;
    private volatile boolean closed;
    private long nextPoll;
    private long nextHeartbeat;

    RoomScreen(int index, URI base, String reviewId, String username, String password, HttpClient http, Listener listener) {
        this.index = index;
        this.base = base;
        this.reviewId = reviewId;
        this.username = username;
        this.password = password;
        this.http = http;
        this.listener = listener;
    }

    /** Signs in, opens the room and its push connection; returns once the room's first render arrived. */
    void open() throws Exception {
        String loginPage = send(request("/login").GET()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username)
                        + "&password=" + enc(password))));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in refused: " + login.statusCode() + " " + location);
        }
        send(request("/reviews/" + reviewId).GET());
        var init = send(request("/?v-r=init&location=" + enc("reviews/" + reviewId) + "&query=&" + CLIENT_DETAILS
                + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=v-" + index).GET());
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asString();
        securityKey = config.path("uidl").path("Vaadin-Security-Key").asString();
        String pushId = config.path("uidl").path("Vaadin-Push-ID").asString();
        if (uiId.isEmpty() || securityKey.isEmpty() || pushId.isEmpty()) {
            throw new IllegalStateException("init answered without a UI: " + init.body().substring(0, Math.min(300, init.body().length())));
        }
        lastSyncId = config.path("uidl").path("syncId").asInt(-1);
        if (lastSyncId >= 0) {
            syncIds.set(lastSyncId);
        }
        URI push = URI.create(base.toString().replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + lastSyncId);
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).header("Origin", base.toString())
                .connectTimeout(Duration.ofSeconds(60)).buildAsync(push, new PushListener()).get(60, TimeUnit.SECONDS);
        String route = "/reviews/" + reviewId;
        String first = uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        if (!first.contains("countdown")) {
            throw new IllegalStateException("the room did not render: " + first.substring(0, Math.min(300, first.length())));
        }
        long now = System.currentTimeMillis();
        // Spread over the interval, as screens opened at different times would be.
        nextPoll = now + POLL_MILLIS - (index * 97L) % POLL_MILLIS / 2;
        nextHeartbeat = now + HEARTBEAT_MILLIS - (index * 89L) % HEARTBEAT_MILLIS / 2;
    }

    /** Sends the poll and the heartbeat when they are due; {@code now} in ms. Call from one thread per screen. */
    void tick(long now) {
        if (closed) {
            return;
        }
        try {
            if (now >= nextPoll) {
                nextPoll = now + POLL_MILLIS;
                uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}");
            }
            if (now >= nextHeartbeat) {
                nextHeartbeat = now + HEARTBEAT_MILLIS;
                var beat = send(request("/?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()));
                if (beat.statusCode() != 200) {
                    listener.problem(this, "heartbeat answered " + beat.statusCode());
                }
            }
        } catch (Exception e) {
            listener.problem(this, "poll: " + e);
        }
    }

    /** Server messages this screen never received: gaps in their numbers up to the last one received. */
    int missingMessages() {
        synchronized (syncIds) {
            int first = syncIds.nextSetBit(0);
            return first < 0 ? 0 : syncIds.length() - first - syncIds.cardinality();
        }
    }

    void close() {
        closed = true;
        if (socket != null) {
            socket.abort();
        }
    }

    /** One UIDL request with one RPC call; returns the answer (Vaadin wraps it as {@code for(;;);[...]}). */
    private String uidl(String rpc) throws Exception {
        synchronized (sending) {
            return uidlInOrder(rpc);
        }
    }

    private String uidlInOrder(String rpc) throws Exception {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + lastSyncId
                + ",\"clientId\":" + clientId + "}";
        clientId++;
        var answer = send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String text = answer.body();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered " + answer.statusCode());
        }
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode message = JSON.readTree(json);
        received(message.isArray() ? message.path(0) : message, json);
        return json;
    }

    /** A server message, by XHR answer or push: checks its number and looks for capture markers. */
    private void received(JsonNode message, String text) {
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false) || message.has("redirect")) {
            listener.problem(this, "session expired");
        }
        if (message.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            listener.problem(this, "server asked for resynchronisation");
        }
        int syncId = message.path("syncId").asInt(-1);
        if (syncId >= 0) {
            synchronized (syncIds) {
                syncIds.set(syncId);
                // What the client acknowledges: the last message of the unbroken run, as Vaadin's MessageHandler does.
                if (lastSyncId < 0) {
                    lastSyncId = syncId;
                } else if (syncIds.get(lastSyncId + 1)) {
                    lastSyncId = syncIds.nextClearBit(lastSyncId + 1) - 1;
                }
            }
        }
        Matcher marker = MARKER.matcher(text);
        long now = epochMicros();
        while (marker.find()) {
            int capture = Integer.parseInt(marker.group(1));
            boolean first;
            synchronized (seen) {
                first = !seen.get(capture);
                seen.set(capture);
            }
            if (first) {
                listener.seen(this, capture, now);
            }
        }
    }

    /** Atmosphere's framing over the websocket: {@code <length>|<message>}, several to a frame or one across frames. */
    private final class PushListener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            pending.append(data);
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(pending, 0, bar, 10);
                } catch (NumberFormatException e) {
                    listener.problem(RoomScreen.this, "unframed push: " + pending.substring(0, Math.min(80, pending.length())));
                    pending.setLength(0);
                    break;
                }
                if (pending.length() < bar + 1 + length) {
                    break;
                }
                String message = pending.substring(bar + 1, bar + 1 + length);
                pending.delete(0, bar + 1 + length);
                if (message.startsWith("{")) {
                    try {
                        received(JSON.readTree(message), message);
                    } catch (RuntimeException e) {
                        listener.problem(RoomScreen.this, "unreadable push: " + e);
                    }
                }
                // Otherwise Atmosphere's own handshake (tracking id, heartbeat interval, padding).
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closed) {
                listener.problem(RoomScreen.this, "push closed " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closed) {
                listener.problem(RoomScreen.this, "push failed: " + error);
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private String cookieHeader() {
        var header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

}
