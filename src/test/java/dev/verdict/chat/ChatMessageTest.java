package dev.verdict.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChatMessageTest {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final ChatMessage MESSAGE = ChatMessage.of("Decision published", "A <b>bold</b>\n# move & @here",
            "https://verdict.example.com/reviews/1/publication", new ChatMessage.Line("Outcome", "Approved"));

    @Test
    void slack_gets_its_three_entities_and_no_formatting_or_mention_a_title_could_carry() {
        String text = JSON.readTree(MESSAGE.payload(WebhookKind.SLACK)).get("text").asString();

        assertThat(text).isEqualTo("*Decision published*: <https://verdict.example.com/reviews/1/publication|A &lt;b&gt;bold&lt;/b&gt;"
                + " # move &amp; @here>\n*Outcome:* Approved");
        assertThat(ChatMessage.slackText("*bold* _it_")).isEqualTo("\u200B*\u200Bbold\u200B*\u200B \u200B_\u200Bit\u200B_\u200B");
    }

    @Test
    void mattermost_gets_backslash_escapes_a_single_line_and_no_mention() {
        String text = JSON.readTree(MESSAGE.payload(WebhookKind.MATTERMOST)).get("text").asString();

        assertThat(text).isEqualTo("**Decision published**: [A \\<b\\>bold\\</b\\> \\# move \\& @\u200Bhere]"
                + "(https://verdict.example.com/reviews/1/publication)  \n**Outcome:** Approved");
    }

    @Test
    void teams_gets_one_adaptive_card_with_a_button_to_the_link() {
        var card = JSON.readTree(MESSAGE.payload(WebhookKind.TEAMS)).get("attachments").get(0).get("content");

        assertThat(card.get("body").get(1).get("text").asString()).isEqualTo("A \\<b\\>bold\\</b\\> \\# move \\& @\u200Bhere");
        assertThat(card.get("actions").get(0).get("url").asString()).isEqualTo("https://verdict.example.com/reviews/1/publication");
    }
}
