package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tags as the moderator types them, and as they are stored and written. */
class DecisionTagsTest {

    @Test
    void a_typed_tag_is_trimmed_lower_cased_and_hyphenated_and_repeats_are_dropped() {
        assertThat(DecisionTags.normalise(Arrays.asList("  Data Retention ", "API", "api", "", null, "event_sourcing")))
                .containsExactly("data-retention", "api", "event-sourcing");
        assertThat(DecisionTags.problems(List.of("Data Retention", "API"))).isEmpty();
    }

    @Test
    void markup_punctuation_and_overlong_tags_are_refused_in_words_the_form_shows() {
        assertThat(DecisionTags.problems(List.of("<script>", "c++", "-api", "a--b")))
                .containsExactly("The tag “<script>” may hold only letters a–z, digits and single hyphens between them",
                        "The tag “c++” may hold only letters a–z, digits and single hyphens between them",
                        "The tag “-api” may hold only letters a–z, digits and single hyphens between them",
                        "The tag “a--b” may hold only letters a–z, digits and single hyphens between them");
        assertThat(DecisionTags.problems(List.of("x".repeat(41))))
                .containsExactly("Keep the tag “" + "x".repeat(20) + "…” to 40 characters");
        assertThat(DecisionTags.problems(List.of("x".repeat(40)))).isEmpty();
    }

    @Test
    void eleven_tags_are_one_too_many() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "t" + i).toList();

        assertThat(DecisionTags.problems(eleven)).containsExactly("Keep to 10 tags (there are 11)");
        assertThat(DecisionTags.problems(eleven.subList(0, 10))).isEmpty();
    }

    @Test
    void a_preview_shows_only_the_tags_that_could_be_recorded() {
        assertThat(DecisionTags.valid(List.of("ok", "<b>", "Fine Too"))).containsExactly("ok", "fine-too");
    }
}
