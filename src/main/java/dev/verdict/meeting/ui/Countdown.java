package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The big clock. The server sets the time left whenever the room changes; between changes the
 * browser counts down by itself from that figure (measured on its own monotonic clock, so a
 * skewed client clock does not matter), so a ticking clock costs no requests.
 *
 * <p>The clock is a WAI-ARIA {@code timer} (a live region that is off: a screen reader does not
 * read every second). Its {@link #announcer() announcer}, placed next to it and shown to screen
 * readers only, is a polite live region the browser fills at each minute mark ("4 minutes left",
 * "Time's up", "Over by 1 minute").
 */
class Countdown extends Span {

    private static final String TICK = """
            const el = this;
            const live = $2;
            clearInterval(el.__verdictTimer);
            if (!$1) { el.__verdictMinute = undefined; return; }
            const deadline = performance.now() + $0 * 1000;
            const show = () => {
              const s = Math.round((deadline - performance.now()) / 1000);
              const a = Math.abs(s);
              const text = Math.floor(a / 60) + ':' + String(a % 60).padStart(2, '0');
              const shown = s >= 0 ? text : "Time's up +" + text;
              // Touch the page only when the second changes: no needless layout work.
              if (el.firstChild && el.firstChild.data !== shown) { el.firstChild.data = shown; }
              if (el.classList.contains('overrun') !== (s < 0)) { el.classList.toggle('overrun', s < 0); }
              // Minute marks only; the first figure after a (re)start is on screen, not announced.
              const minute = s > 0 ? Math.ceil(s / 60) : -Math.floor(a / 60);
              if (live && el.__verdictMinute !== undefined && el.__verdictMinute !== minute) {
                const plural = (n) => n + (n === 1 ? ' minute' : ' minutes');
                live.textContent = s > 0 ? plural(minute) + ' left' : minute === 0 ? "Time's up" : 'Over by ' + plural(-minute);
              }
              el.__verdictMinute = minute;
            };
            el.__verdictTimer = setInterval(show, 500);
            """;

    private final Span announcer = new Span();

    Countdown() {
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-label", "Time left on this item");
        announcer.addClassName("countdown-announcer");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("aria-atomic", "true");
    }

    /** The polite live region for the minute marks; the screen adds it next to the clock. */
    Span announcer() {
        return announcer;
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
        getElement().executeJs(TICK, secondsLeft, running, announcer.getElement());
    }

    void clear() {
        if (Boolean.FALSE.equals(shownRunning) && shownDeadline == Long.MIN_VALUE) {
            return;
        }
        shownDeadline = Long.MIN_VALUE;
        shownRunning = false;
        setText("");
        getElement().executeJs(TICK, 0, false, announcer.getElement());
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
