package dev.verdict.meeting.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load client, a process of its own so that its memory and its threads are not counted as the
 * server's: emulated room screens ({@link RoomScreen}), driven by commands on standard input, one
 * a line, and reporting on standard output, one event a line.
 *
 * <p>Commands: {@code open <screen> <base URL> <review id> <username> <password>} (signs in and
 * opens that review's room as one more screen; each screen names its own base URL, so one client
 * can spread screens over several nodes), {@code stats}, {@code quit}.
 * Events: {@code ready}; {@code opened <screen>} or {@code failed <screen> <why>};
 * {@code seen <screen> <capture> <epoch µs>} when a push brought capture {@code load-<n>-mark};
 * {@code problem <screen> <what>} (the first 200); {@code stats <problems> <missing messages>}.
 */
public final class RoomLoadClient {

    private static final int OPENING_THREADS = Integer.getInteger("load.opening-threads", 6);

    private RoomLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        var out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        var problems = new AtomicInteger();
        RoomScreen.Listener listener = new RoomScreen.Listener() {
            @Override
            public void seen(RoomScreen screen, int capture, long epochMicros) {
                synchronized (out) {
                    out.append("seen ").print(screen.index);
                    out.append(' ').print(capture);
                    out.append(' ').println(epochMicros);
                }
            }

            @Override
            public void problem(RoomScreen screen, String what) {
                if (problems.incrementAndGet() <= 200) {
                    synchronized (out) {
                        out.println("problem " + screen.index + " " + what.replace('\n', ' '));
                    }
                }
            }
        };
        // One client for every screen (the cookies are each screen's own): one selector thread
        // for 2 000 websockets instead of 2 000 clients' threads.
        var executor = Executors.newFixedThreadPool(8);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).executor(executor).build();
        Map<Integer, RoomScreen> screens = new ConcurrentHashMap<>();
        ExecutorService opening = Executors.newFixedThreadPool(OPENING_THREADS);
        ExecutorService ticking = Executors.newFixedThreadPool(16);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleWithFixedDelay(() -> {
            synchronized (out) {
                out.flush();
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
        clock.scheduleWithFixedDelay(() -> {
            long now = System.currentTimeMillis();
            for (RoomScreen screen : List.copyOf(screens.values())) {
                ticking.execute(() -> screen.tick(now));
            }
        }, 1, 1, TimeUnit.SECONDS);
        synchronized (out) {
            out.println("ready");
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "open" -> {
                    int index = Integer.parseInt(words[1]);
                    var screen = new RoomScreen(index, URI.create(words[2]), words[3], words[4], words[5], http, listener);
                    opening.execute(() -> {
                        try {
                            screen.open();
                            screens.put(index, screen);
                            synchronized (out) {
                                out.println("opened " + index);
                            }
                        } catch (Exception e) {
                            screen.close();
                            synchronized (out) {
                                out.println("failed " + index + " " + String.valueOf(e).replace('\n', ' '));
                            }
                        }
                    });
                }
                case "stats" -> {
                    int missing = screens.values().stream().mapToInt(RoomScreen::missingMessages).sum();
                    synchronized (out) {
                        out.println("stats " + problems.get() + " " + missing);
                    }
                }
                case "quit" -> {
                    screens.values().forEach(RoomScreen::close);
                    synchronized (out) {
                        out.flush();
                    }
                    System.exit(0);
                }
                default -> {
                    synchronized (out) {
                        out.println("problem -1 unknown command " + line);
                    }
                }
            }
        }
        System.exit(0);
    }
}
