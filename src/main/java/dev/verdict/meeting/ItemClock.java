package dev.verdict.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One agenda item's time: what it was given (after extensions) and what it used. */
@Embeddable
class ItemClock {

    @Column(name = "allotted_seconds", nullable = false)
    private long allottedSeconds;

    @Column(name = "used_millis", nullable = false)
    private long usedMillis;

    @Column(name = "skipped", nullable = false)
    private boolean skipped;

    protected ItemClock() {
    }

    ItemClock(long allottedSeconds) {
        this.allottedSeconds = allottedSeconds;
    }

    long allottedSeconds() { return allottedSeconds; }
    long usedSeconds() { return usedMillis / 1000; }
    long usedMillis() { return usedMillis; }
    boolean skipped() { return skipped; }

    void use(long millis) { usedMillis += millis; }
    void give(long seconds) { allottedSeconds += seconds; }
    void skip() { skipped = true; }
    void discussed() { skipped = false; }
}
