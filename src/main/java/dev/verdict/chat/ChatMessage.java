package dev.verdict.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One notice in a chat: a headline ("Pre-read opened"), the review's title as a link, and a few
 * labelled lines (the outcome, the decision statement), written as each product's incoming
 * webhook expects it. Everything a person typed is escaped for the target's markup, so a title
 * cannot format, link, mention (Slack's {@code <!channel>}, Mattermost's {@code @channel}) or
 * inject HTML. JSON is built with Jackson, never by concatenation.
 *
 * @param headline what happened, Verdict's own words (not escaped)
 * @param title    the review's title, as typed
 * @param url      the page the title links to (Verdict's page, or the ADR on the git host)
 * @param lines    label and text pairs, the text as typed
 */
record ChatMessage(String headline, String title, String url, List<Line> lines) {

    record Line(String label, String text) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("([\\\\`*_{}\\[\\]()#+\\-.!|<>~&])");
    private static final Pattern SLACK_FORMATTING = Pattern.compile("([*_~`])");
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    /** The subject the admin's delivery list shows: "Pre-read opened: <title>". */
    String subject() {
        return headline + ": " + oneLine(title);
    }

    /** The request body for a webhook of this kind (UTF-8 JSON). */
    String payload(WebhookKind kind) {
        ObjectNode body = JSON.createObjectNode();
        switch (kind) {
            case SLACK -> body.put("text", slack());
            case MATTERMOST -> body.put("text", mattermost());
            case TEAMS -> teams(body);
        }
        return JSON.writeValueAsString(body);
    }

    /** Slack mrkdwn: {@code *headline*: <url|title>}, then one line per label. */
    private String slack() {
        var text = new StringBuilder("*").append(headline).append("*: <").append(slackUrl(url)).append('|')
                .append(slackText(title)).append('>');
        for (Line line : lines) {
            text.append('\n').append('*').append(line.label()).append(":* ").append(slackText(line.text()));
        }
        return text.toString();
    }

    /** Mattermost Markdown: {@code **headline**: [title](url)}, then one line per label. */
    private String mattermost() {
        var text = new StringBuilder("**").append(headline).append("**: [").append(markdownText(title)).append("](")
                .append(markdownUrl(url)).append(')');
        for (Line line : lines) {
            text.append("  \n**").append(line.label()).append(":** ").append(markdownText(line.text()));
        }
        return text.toString();
    }

    /** A Teams message holding one Adaptive Card: TextBlocks (Markdown escaped) and a button to the link. */
    private void teams(ObjectNode body) {
        body.put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode blocks = card.putArray("body");
        ObjectNode head = blocks.addObject();
        head.put("type", "TextBlock").put("text", headline).put("weight", "Bolder").put("wrap", true);
        blocks.addObject().put("type", "TextBlock").put("text", markdownText(title)).put("size", "Medium")
                .put("wrap", true);
        for (Line line : lines) {
            blocks.addObject().put("type", "TextBlock").put("text", "**" + line.label() + ":** " + markdownText(line.text()))
                    .put("wrap", true);
        }
        card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open").put("url", url);
    }

    /**
     * Slack's escaping (api.slack.com "Formatting text for app surfaces"): {@code & < >} become
     * entities, which also stops {@code <!channel>} and links. Slack has no escape for {@code * _ ~ `},
     * so a zero-width space on each side keeps them from pairing into bold, italics, strike or code.
     */
    static String slackText(String text) {
        String escaped = oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return SLACK_FORMATTING.matcher(escaped).replaceAll(ZERO_WIDTH_SPACE + "$1" + ZERO_WIDTH_SPACE);
    }

    private static String slackUrl(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    }

    /**
     * CommonMark's backslash escape of every punctuation mark that formats, links or opens HTML; a
     * zero-width space after {@code @} so that {@code @channel}, {@code @all} and {@code @here} mention no one.
     */
    static String markdownText(String text) {
        return MARKDOWN_PUNCTUATION.matcher(oneLine(text)).replaceAll("\\\\$1").replace("@", "@" + ZERO_WIDTH_SPACE);
    }

    private static String markdownUrl(String url) {
        return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20");
    }

    /** Line breaks and runs of spaces become one space: a title cannot start a new Markdown block. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static ChatMessage of(String headline, String title, String url, Line... lines) {
        return new ChatMessage(headline, title, url, new ArrayList<>(List.of(lines)));
    }
}
