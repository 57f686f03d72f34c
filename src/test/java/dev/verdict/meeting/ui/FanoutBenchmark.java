package dev.verdict.meeting.ui;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.TestData;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fan-out latency in real browsers: N headless Chromium attendee pages in one review; one adds a
 * risk; each page stamps when the item appears (MutationObserver, same machine clock as the click).
 * The latency is split into its parts (click to commit, commit to the push arriving, arrival to
 * the page showing it) and the CPU each round costs the browser and the server is reported, so a
 * slow figure says where the time went. Also live heap per connected attendee screen.
 *
 * <p>Run with {@code mvn -Pbench verify}: that profile builds Vaadin's production bundle, so the
 * app runs as teams run it (the development bundle alone doubles the browser's work per push).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false",
                // Dev mode records where every component was created; production does not, so neither does the heap figure.
                "vaadin.devmode.componentTracker.enabled=false"})
class FanoutBenchmark {

    private static final int PAGES = Integer.getInteger("bench.pages", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    /** Unmeasured rounds first, so that the JIT compiler has compiled the room's code paths. */
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 30);
    /**
     * Captures made and removed before anything is measured, so that the JIT compiler has
     * compiled the room's paths as a server that has run a day of reviews has: with only the
     * thirty warm-up rounds, it was still compiling 30-120 methods a second during the measured
     * rounds, on the same two cores.
     */
    private static final int JIT_ROUNDS = Integer.getInteger("bench.jit-rounds", 300);
    private static final List<String> USERS = List.of("alice", "bob", "olga", "mia", "admin");

    private static final String OBSERVE = """
            window.__seen = {};
            window.__arrived = {};
            window.__sizes = {};
            // When the push carrying each item reached the page (the message event's own time stamp),
            // recorded as the push client reads it: splits the wire and the server from the page's own work.
            const data = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data');
            Object.defineProperty(MessageEvent.prototype, 'data', {configurable: true, get() {
              const value = data.get.call(this);
              if (typeof value === 'string') {
                for (const m of value.matchAll(/bench-(\\d+) /g)) {
                  if (!(m[1] in window.__arrived)) {
                    window.__arrived[m[1]] = performance.timeOrigin + this.timeStamp;
                    window.__sizes[m[1]] = value.length;
                    window.__sample = value;
                  }
                }
              }
              return value;
            }});
            // Watches the risk list only, and only what each mutation touched: rescanning the whole
            // page on every mutation (the countdown ticks too) cost each page more script time per
            // round than Vaadin's own client spent on the push.
            const stamp = node => {
              const line = node && (node.nodeType === 1 ? node : node.parentElement)?.closest('li');
              const m = line && /^bench-(\\d+) /.exec(line.textContent);
              if (m && !(m[1] in window.__seen)) window.__seen[m[1]] = performance.timeOrigin + performance.now();
            };
            new MutationObserver(records => {
              for (const r of records) {
                stamp(r.target);
                r.addedNodes.forEach(stamp);
              }
            }).observe(document.querySelector('.risks'), {childList: true, subtree: true, characterData: true});
            """;

    private static final String ADD_RISK = """
            const field = document.querySelector("vaadin-text-field[placeholder='A risk someone raised…']");
            const button = [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === 'Add risk');
            field.value = arguments[0];
            field.inputElement.dispatchEvent(new Event('input', {bubbles: true}));
            field.dispatchEvent(new Event('change', {bubbles: true}));
            const clicked = performance.timeOrigin + performance.now();
            button.click();
            return clicked;
            """;

    @LocalServerPort
    int port;
    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** When each risk's capture committed (wall clock, ms), in order: splits the latency into its parts. */
    static final List<Long> COMMITS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.springframework.boot.test.context.TestConfiguration
    static class CommitStamps {
        @org.springframework.context.event.EventListener
        void on(dev.verdict.meeting.MeetingChanged event) {
            if (event.change().equals("risk captured")) {
                dev.verdict.shared.AfterCommit.run(() -> COMMITS.add(System.currentTimeMillis()));
            }
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }

    @Test
    void fan_out_latency_and_heap_per_attendee() throws Exception {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Fan-out benchmark",
                dev.verdict.TestDocs.READY, Set.of("alice", "bob", "admin"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        // Warm the server's code paths with one page before measuring the heap baseline.
        WebDriver warm = Browser.start();
        Browser.login(warm, base(), "alice");
        warm.get(base() + "/reviews/" + review);
        Browser.waitFor(warm, 90).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".countdown")));
        warm.quit();

        // One Chromium, one window per attendee. Each window opens the app on its own loopback
        // address (127.0.0.1, 127.0.0.2, ...), so each has its own cookies, its own session and its
        // own push connection, as ten laptops would; one browser process instead of ten leaves
        // the two cores to the pages and the server rather than to ten browsers' housekeeping.
        WebDriver browser = Browser.start("--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows");
        List<String> pages = new ArrayList<>();
        try {
            openScreens(browser, pages, review, PAGES);
            browser.switchTo().window(pages.getFirst());
            for (int round = 0; round < JIT_ROUNDS; round++) {
                ((JavascriptExecutor) browser).executeScript(ADD_RISK, "jit " + round);
                Thread.sleep(300);
            }
            Thread.sleep(2000);
            // The moderator clears them: the measured room holds what it held before (the rounds' risks).
            for (var risk : AsUser.call("mia", () -> meetings.liveRoom(review).risks())) {
                AsUser.run("mia", () -> meetings.remove(review, risk.id()));
            }
            Thread.sleep(Long.getLong("bench.settle-ms", 50_000) / 5);
            // CPU the browser and the server burn while nothing happens, over as long as the rounds take.
            long[] idleStart = cpuMillis();
            double[] pageIdleStart = pageMetrics(browser, pages);
            long pageIdleFrom = System.nanoTime();
            Thread.sleep(ROUNDS * 700L);
            long[] idleEnd = cpuMillis();
            long pageIdleNanos = System.nanoTime() - pageIdleFrom;
            double[] pageIdleEnd = pageMetrics(browser, pages);

            // Click all rounds first, spaced beyond the per-screen throttle, then collect the stamps:
            // no WebDriver polling competes with the pages while they receive the pushes.
            browser.switchTo().window(pages.getFirst());
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                ((JavascriptExecutor) browser).executeScript(ADD_RISK, "warm-up " + round);
                Thread.sleep(700);
            }
            Thread.sleep(2000);
            System.out.println("BENCH rounds starting");
            COMMITS.clear();
            long[] busyStart = cpuMillis();
            long jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            double[] pageBusyStart = pageMetrics(browser, pages);
            long pageBusyFrom = System.nanoTime();
            String jsProfile = System.getProperty("bench.jsprofile");
            if (jsProfile != null) {
                // The last page's JavaScript, sampled while it receives the measured rounds.
                browser.switchTo().window(pages.getLast());
                var cdp = (org.openqa.selenium.chromium.HasCdp) browser;
                cdp.executeCdpCommand("Profiler.enable", java.util.Map.of());
                cdp.executeCdpCommand("Profiler.setSamplingInterval", java.util.Map.of("interval", 200));
                cdp.executeCdpCommand("Profiler.start", java.util.Map.of());
            }
            browser.switchTo().window(pages.getFirst());
            double[] clicked = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                clicked[round] = ((Number) ((JavascriptExecutor) browser).executeScript(ADD_RISK, "bench-" + round + " risk")).doubleValue();
                Thread.sleep(700);
            }
            long[] busyEnd = cpuMillis();
            long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart;
            Thread.sleep(3000);
            if (jsProfile != null) {
                browser.switchTo().window(pages.getLast());
                Object profile = ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Profiler.stop", java.util.Map.of()).get("profile");
                java.nio.file.Files.writeString(java.nio.file.Path.of(jsProfile), new org.openqa.selenium.json.Json().toJson(profile));
            }
            long pageBusyNanos = System.nanoTime() - pageBusyFrom;
            double[] pageBusyEnd = pageMetrics(browser, pages);
            List<Double> latencies = new ArrayList<>();
            List<Double> afterCommit = new ArrayList<>();
            List<Double> toArrival = new ArrayList<>();
            List<Double> arrivalToPage = new ArrayList<>();
            for (String page : pages) {
                browser.switchTo().window(page);
                for (int round = 0; round < ROUNDS; round++) {
                    Object seen = ((JavascriptExecutor) browser).executeScript("return window.__seen[arguments[0]]", String.valueOf(round));
                    if (seen == null) {
                        throw new AssertionError("Round " + round + " never reached a page; its risk list: "
                                + ((JavascriptExecutor) browser).executeScript(
                                "const l = document.querySelector('.risks'); return (l ? l.outerHTML.slice(0, 600) : 'none')"
                                        + " + ' seen=' + JSON.stringify(window.__seen) + ' url=' + location.href"));
                    }
                    latencies.add(((Number) seen).doubleValue() - clicked[round]);
                    if (!page.equals(pages.getFirst()) && round < COMMITS.size()) {
                        afterCommit.add(((Number) seen).doubleValue() - COMMITS.get(round));
                        Object arrived = ((JavascriptExecutor) browser).executeScript("return window.__arrived[arguments[0]]", String.valueOf(round));
                        if (arrived != null) {
                            toArrival.add(((Number) arrived).doubleValue() - COMMITS.get(round));
                            arrivalToPage.add(((Number) seen).doubleValue() - ((Number) arrived).doubleValue());
                        }
                    }
                }
            }
            // The parts: the click until the capture committed, then the commit until each other page showed it.
            List<Double> toCommit = new ArrayList<>();
            for (int round = 0; round < ROUNDS && round < COMMITS.size(); round++) {
                toCommit.add(COMMITS.get(round) - clicked[round]);
            }
            Collections.sort(toCommit);
            Collections.sort(afterCommit);
            System.out.printf("RESULT fanout_click_to_commit_p50_ms %.1f ms%n", percentile(toCommit, 50));
            System.out.printf("RESULT fanout_commit_to_page_p50_ms %.1f ms%n", percentile(afterCommit, 50));
            System.out.printf("RESULT fanout_commit_to_page_p95_ms %.1f ms%n", percentile(afterCommit, 95));
            Collections.sort(toArrival);
            Collections.sort(arrivalToPage);
            if (!toArrival.isEmpty()) {
                System.out.printf("RESULT fanout_commit_to_push_arrival_p50_ms %.1f ms%n", percentile(toArrival, 50));
                System.out.printf("RESULT fanout_commit_to_push_arrival_p95_ms %.1f ms%n", percentile(toArrival, 95));
                System.out.printf("RESULT fanout_push_arrival_to_page_p50_ms %.1f ms%n", percentile(arrivalToPage, 50));
                System.out.printf("RESULT fanout_push_arrival_to_page_p95_ms %.1f ms%n", percentile(arrivalToPage, 95));
            }
            // What one push carrying a new item weighs, as the page received it (and one of them,
            // to see what it carries).
            browser.switchTo().window(pages.getLast());
            List<Double> sizes = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Object size = ((JavascriptExecutor) browser).executeScript("return window.__sizes[arguments[0]]", String.valueOf(round));
                if (size != null) {
                    sizes.add(((Number) size).doubleValue());
                }
            }
            Collections.sort(sizes);
            if (!sizes.isEmpty()) {
                System.out.printf("RESULT fanout_push_chars_p50 %.0f chars%n", percentile(sizes, 50));
            }
            if (System.getProperty("bench.histogram") != null) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("bench.histogram"), "push-sample.txt"),
                        String.valueOf(((JavascriptExecutor) browser).executeScript("return window.__sample")));
            }
            Collections.sort(latencies);
            System.out.printf("RESULT fanout_attendees %d pages%n", PAGES);
            System.out.printf("RESULT fanout_p50_ms %.1f ms%n", percentile(latencies, 50));
            System.out.printf("RESULT fanout_p95_ms %.1f ms%n", percentile(latencies, 95));
            System.out.printf("RESULT fanout_max_ms %.1f ms%n", latencies.getLast());
            // The server's share: change committed -> each screen refreshed and its push written.
            var server = meters.get("verdict.room.fanout").timer().takeSnapshot();
            for (var p : server.percentileValues()) {
                System.out.printf("RESULT fanout_server_p%d_ms %.1f ms%n", Math.round(p.percentile() * 100),
                        p.value(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
            // Time the JIT compiler spent during the measured rounds: near zero when the server was warm.
            System.out.printf("RESULT fanout_jit_compile_ms_during_rounds %d ms%n", jitMillis);
            // CPU per pushed item beyond idle: what the machine's two cores have to share out per round.
            for (int i = 0; i < 2; i++) {
                double perRound = ((busyEnd[i] - busyStart[i]) - (idleEnd[i] - idleStart[i])) / (double) ROUNDS;
                System.out.printf("RESULT fanout_cpu_per_round_%s_ms %.1f ms%n", i == 0 ? "browser" : "server", perRound);
            }
            // Where a page's own time goes per round (its main thread, summed over the pages), beyond
            // idle over as long (the busy window also holds the wait for the last pushes).
            for (int i = 0; i < PAGE_METRICS.size(); i++) {
                double idle = (pageIdleEnd[i] - pageIdleStart[i]) * pageBusyNanos / pageIdleNanos;
                double perRound = ((pageBusyEnd[i] - pageBusyStart[i]) - idle) * 1000 / ROUNDS;
                System.out.printf("RESULT fanout_pages_%s_per_round_ms %.1f ms%n", PAGE_METRICS.get(i), perRound);
            }

            // Heap per screen: the same review open on PAGES more screens (more browser windows,
            // each its own session), heap after a full GC with them minus without. Measured as the
            // difference between two states of the warmed-up server, so caches that fill once
            // (the database's page cache, Hibernate's plans, compiled code's metadata) do not count.
            Thread.sleep(Long.getLong("bench.settle-ms", 50_000));
            long heapWithout = usedHeapAfterGc();
            histogram("before");
            openScreens(browser, pages, review, PAGES);
            // Let the login pages' UIs expire (three missed heartbeats) so only the room screens count.
            Thread.sleep(Long.getLong("bench.settle-ms", 50_000));
            long heapWith = usedHeapAfterGc();
            histogram("after");
            System.out.printf("RESULT heap_per_attendee_kb %d KB%n", (heapWith - heapWithout) / PAGES / 1024);
            if (Boolean.getBoolean("bench.session-baseline")) {
                // The floor under that figure: a signed-in session showing the app's reviews list
                // (layout, navigation, push connection) instead of the room.
                openPages(browser, pages, "/", "vaadin-grid", PAGES);
                Thread.sleep(Long.getLong("bench.settle-ms", 50_000));
                long heapWithSessions = usedHeapAfterGc();
                histogram("sessions");
                System.out.printf("RESULT heap_per_session_without_room_kb %d KB%n", (heapWithSessions - heapWith) / PAGES / 1024);
            }
        } finally {
            browser.quit();
        }
    }

    /** Chromium's own counters of a page's main-thread time (seconds), as the DevTools protocol reports them. */
    private static final List<String> PAGE_METRICS = List.of("TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration");

    /** Those counters summed over the pages. */
    @SuppressWarnings("unchecked")
    private static double[] pageMetrics(WebDriver browser, List<String> pages) {
        double[] sums = new double[PAGE_METRICS.size()];
        var cdp = (org.openqa.selenium.chromium.HasCdp) browser;
        for (String page : pages) {
            browser.switchTo().window(page);
            var metrics = (List<java.util.Map<String, Object>>) cdp.executeCdpCommand("Performance.getMetrics", java.util.Map.of()).get("metrics");
            for (var metric : metrics) {
                int i = PAGE_METRICS.indexOf(String.valueOf(metric.get("name")));
                if (i >= 0) {
                    sums[i] += ((Number) metric.get("value")).doubleValue();
                }
            }
        }
        return sums;
    }

    /** Opens the review on {@code count} more windows, each on the next loopback address and logged in. */
    private void openScreens(WebDriver browser, List<String> pages, UUID review, int count) {
        openPages(browser, pages, "/reviews/" + review, ".countdown", count);
        for (String page : pages.subList(pages.size() - count, pages.size())) {
            browser.switchTo().window(page);
            ((JavascriptExecutor) browser).executeScript(OBSERVE);
            ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Performance.enable", java.util.Map.of());
        }
    }

    /** Opens {@code path} on {@code count} more windows, each on the next loopback address and logged in. */
    private void openPages(WebDriver browser, List<String> pages, String path, String shown, int count) {
        for (int n = 0; n < count; n++) {
            int i = pages.size();
            if (i > 0) {
                browser.switchTo().newWindow(org.openqa.selenium.WindowType.WINDOW);
            }
            pages.add(browser.getWindowHandle());
            Browser.loginAt(browser, "http://127.0.0." + (i + 1) + ":" + port + path, USERS.get(i % USERS.size()));
            Browser.waitFor(browser, 90).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(shown)));
        }
    }

    /** With -Dbench.histogram=DIR: the live objects by class, to see what a screen holds. */
    private static void histogram(String name) throws Exception {
        String dir = System.getProperty("bench.histogram");
        if (dir == null) {
            return;
        }
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "histogram-" + name + ".txt"), text.toString());
        if (Boolean.getBoolean("bench.heapdump")) {
            // Live objects only, for a dominator view (retained size per session, per connection).
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(dir + "/" + name + ".hprof", true);
        }
        if (Boolean.getBoolean("bench.jfr")) {
            // With -DargLine=-XX:StartFlightRecording: live objects sampled with their paths from the GC roots.
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "jfrDump",
                    new Object[] {new String[] {"filename=" + dir + "/" + name + ".jfr", "path-to-gc-roots=true"}},
                    new String[] {String[].class.getName()});
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** CPU time used so far by Chromium's processes and by this JVM (the server), in ms. */
    static long[] cpuMillis() throws java.io.IOException {
        long browser = 0;
        long ticksPerMs = 10; // USER_HZ is 100 on Linux: one tick is 10 ms
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (var proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = java.nio.file.Files.readString(proc.resolve("cmdline"));
                    if (cmd.startsWith("/usr/lib/chromium/chromium") || cmd.startsWith("/usr/bin/chromium")) {
                        String[] stat = java.nio.file.Files.readString(proc.resolve("stat")).replaceFirst("^.*\\) ", "").split(" ");
                        browser += (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * ticksPerMs;
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // a process that ended meanwhile
                }
            }
        }
        long server = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        return new long[] {browser, server};
    }

    static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
