package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The big clock. The server sets the time left whenever the room changes; between changes the
 * browser counts down by itself from that figure (measured on its own monotonic clock, so a
 * skewed client clock does not matter), so a ticking clock costs no requests.
 */
class Countdown extends Span {

    private static final String TICK = """
            const el = this;
            clearInterval(el.__verdictTimer);
            if (!$1) { return; }
            const deadline = performance.now() + $0 * 1000;
            const show = () => {
              const s = Math.round((deadline - performance.now()) / 1000);
              const a = Math.abs(s);
              const text = Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0');
              const shown = s >= 0 ? text : "Time's up +" + text;
              // Touch the page only when the second changes: no needless layout work.
              if (el.firstChild && el.firstChild.data !== shown) { el.firstChild.data = shown; }
              if (el.classList.contains('overrun') !== (s < 0)) { el.classList.toggle('overrun', s < 0); }
            };
            el.__verdictTimer = setInterval(show, 500);
            """;

    Countdown() {
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
    }

    /** The deadline the browser counts towards (or the frozen time left), as last sent. */
    private long shownDeadline = Long.MIN_VALUE;
    private Boolean shownRunning;
    private long sentAtSecond;

    /** Even an unchanged clock is sent again after this long: a browser that slept catches up. */
    static final long RESYNC_SECONDS = 60;

    /**
     * Shows the time left (negative: overrun) and keeps it ticking in the browser while the clock
     * runs. Sends nothing when the browser already counts towards the same moment: a capture or a
     * presence change does not reset every screen's clock.
     *
     * @param nowSecond the server's current second, to tell a running clock's unchanged deadline
     */
    void show(long secondsLeft, boolean running, long nowSecond) {
        long deadline = running ? nowSecond + secondsLeft : secondsLeft;
        if (Boolean.valueOf(running).equals(shownRunning) && Math.abs(deadline - shownDeadline) <= (running ? 1 : 0)
                && nowSecond - sentAtSecond < RESYNC_SECONDS) {
            return;
        }
        sentAtSecond = nowSecond;
        shownDeadline = deadline;
        shownRunning = running;
        setText(secondsLeft >= 0 ? format(secondsLeft) : "Time's up +" + format(-secondsLeft));
        getElement().getClassList().set("overrun", secondsLeft < 0);
        getElement().executeJs(TICK, secondsLeft, running);
    }

    void clear() {
        if (Boolean.FALSE.equals(shownRunning) && shownDeadline == Long.MIN_VALUE) {
            return;
        }
        shownDeadline = Long.MIN_VALUE;
        shownRunning = false;
        setText("");
        getElement().executeJs(TICK, 0, false);
    }

    /** The view was attached again (a reload of the same UI): the browser needs the clock anew. */
    void resend() {
        shownRunning = null;
        shownDeadline = Long.MIN_VALUE;
    }

    static String format(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
