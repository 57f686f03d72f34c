package dev.verdict.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewTextsTest {

    @Test
    void a_doc_is_searched_by_section_named_by_its_heading_without_the_heading_marks() {
        String doc = """
                # Cache the prices

                Pages are slow.

                ## Problem ##

                Pages take 4 s.

                ```bash
                # warm the cache
                curl /prices
                ```

                ### Rollback

                Turn the flag off.
                """;

        assertThat(ReviewTexts.sections(doc)).containsExactly(
                Map.entry("Cache the prices", "Pages are slow."),
                Map.entry("Problem", "Pages take 4 s.\n\n```bash\n# warm the cache\ncurl /prices\n```"),
                Map.entry("Rollback", "Turn the flag off."));
    }

    @Test
    void text_before_the_first_heading_is_the_doc_itself_and_empty_sections_are_left_out() {
        assertThat(ReviewTexts.sections("Intro line\n\n## Empty\n\n## Goals\nFast pages\n")).containsExactly(
                Map.entry("", "Intro line"), Map.entry("Goals", "Fast pages"));
    }
}
