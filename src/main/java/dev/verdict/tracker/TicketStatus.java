package dev.verdict.tracker;

import java.time.Instant;
import java.util.UUID;

/**
 * One follow-up ticket as the publication page, My follow-ups and the admin see it.
 *
 * @param itemId   the action item or parked item it was filed for
 * @param title    the ticket's title (the item's text, on one line)
 * @param tracker  "GitHub Issues · api.github.com": the kind and host, never the token
 * @param key      the tracker's name for it ({@code #12}, {@code ENG-7}); null until filed
 * @param url      its web page; null until filed
 * @param at       when it was filed or given up; the next attempt while waiting
 * @param error    the last failure ("GitHub Issues at api.github.com refused the token (401) …"); null once filed
 * @param mayRetry whether the caller may ask for another attempt now (a moderator of the review or an admin, while not filed)
 */
public record TicketStatus(UUID id, UUID reviewId, UUID itemId, String title, String tracker, State state, String key,
                           String url, int attempts, Instant at, String error, boolean mayRetry) {

    public enum State {
        FILED("filed"), WAITING("waiting to retry"), FAILED("given up");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
