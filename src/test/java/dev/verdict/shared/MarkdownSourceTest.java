package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownSourceTest {

    @Test
    void a_byte_order_mark_and_every_kind_of_line_ending_become_plain_lf_text() {
        assertThat(MarkdownSource.normalize("\uFEFF# A\r\nb\rc\n")).isEqualTo("# A\nb\nc\n");
        assertThat(MarkdownSource.normalize("\r\r\n\n")).isEqualTo("\n\n\n");
        assertThat(MarkdownSource.normalize(null)).isEmpty();
    }

    @Test
    void normalising_twice_changes_nothing_more() {
        String once = MarkdownSource.normalize("\uFEFF\uFEFFa\r\n\rb");
        assertThat(MarkdownSource.normalize(once)).isEqualTo(once).isEqualTo("a\n\nb");
    }

    @Test
    void front_matter_is_read_as_yaml_with_comments_quotes_and_lists() {
        String doc = """
                ---
                # These are optional metadata elements. Feel free to remove any of them.
                title: "Cache design: the second try"
                status: 'accepted'   # changed at the review
                tags:
                  - cache
                  - "git reads"
                ---

                ## Goals
                """;

        MarkdownSource.Split split = MarkdownSource.split(doc);

        assertThat(split.text("title")).isEqualTo("Cache design: the second try");
        assertThat(split.text("status")).isEqualTo("accepted");
        assertThat(split.values().get("tags")).isEqualTo(List.of("cache", "git reads"));
        assertThat(split.body()).isEqualTo("\n## Goals\n");
    }

    @Test
    void front_matter_behind_a_bom_and_with_crlf_is_still_front_matter() {
        MarkdownSource.Split split = MarkdownSource.split("\uFEFF---\r\ntitle: Cache design\r\n---\r\n\r\n## Goals\r\n");

        assertThat(split.values()).isEqualTo(Map.of("title", "Cache design"));
        assertThat(split.body()).isEqualTo("\n## Goals\n");
    }

    @Test
    void front_matter_that_is_not_yaml_is_hidden_but_gives_no_values() {
        MarkdownSource.Split split = MarkdownSource.split("---\n: : [unclosed\n---\n# Title\n");

        assertThat(split.values()).isEmpty();
        assertThat(split.body()).isEqualTo("# Title\n");
    }

    @Test
    void a_thematic_break_further_down_is_not_front_matter() {
        String doc = "# Title\n\n---\n\ntext\n\n---\n";

        assertThat(MarkdownSource.split(doc).body()).isEqualTo(doc);
    }

    @Test
    void the_title_is_the_first_h1_with_a_setext_heading_over_two_lines_joined_by_a_space() {
        assertThat(MarkdownSource.title("Cache and\nqueue design\n===\n\n## Goals")).contains("Cache and queue design");
        assertThat(MarkdownSource.title("\uFEFF# Cache `LRU` *design*\r\n## Goals")).contains("Cache LRU design");
    }

    @Test
    void without_an_h1_the_title_comes_from_the_front_matter() {
        assertThat(MarkdownSource.title("---\ntitle: Use Rust\n---\n## Context\n")).contains("Use Rust");
        assertThat(MarkdownSource.title("## Only sections\n")).isEmpty();
    }
}
