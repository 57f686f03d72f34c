package dev.verdict.chat;

/** The chat products whose incoming webhooks Verdict posts to; each has its own JSON and markup. */
public enum WebhookKind {
    SLACK("Slack"), TEAMS("Microsoft Teams"), MATTERMOST("Mattermost");

    private final String label;

    WebhookKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
