package dev.verdict.chat;

import java.time.Instant;

/**
 * A message to a webhook as the admin sees it.
 *
 * @param webhook  "global · hooks.slack.com" or "repository · chat.example.com": the host, never the URL
 * @param subject  "Pre-read opened: &lt;title&gt;"
 * @param state    delivered, waiting for its next attempt, or given up
 * @param at       when it was delivered or given up; the next attempt while waiting
 * @param error    the last failure ("The webhook at chat.example.com answered 404: ..."), null once delivered
 */
public record DeliveryStatus(String webhook, WebhookKind kind, String subject, State state, int attempts, Instant at,
                             String error) {

    public enum State {
        DELIVERED("delivered"), WAITING("waiting to retry"), FAILED("given up");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
