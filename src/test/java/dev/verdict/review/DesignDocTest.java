package dev.verdict.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignDocTest {

    @Test
    void an_empty_doc_is_refused_with_a_message_that_says_what_to_do() {
        assertThatThrownBy(() -> DesignDoc.check("  \n "))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void a_doc_over_two_megabytes_is_refused_with_its_size() {
        String big = "x".repeat(DesignDoc.MAX_BYTES + 1);

        assertThatThrownBy(() -> DesignDoc.check(big))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("the limit is 2 MB");
    }

    @Test
    void size_counts_bytes_not_characters() {
        String multiByte = "é".repeat(DesignDoc.MAX_BYTES / 2 + 1);

        assertThatThrownBy(() -> DesignDoc.check(multiByte)).hasMessageContaining("2 MB");
    }

    @Test
    void a_doc_of_exactly_two_megabytes_is_taken() {
        String max = "x".repeat(DesignDoc.MAX_BYTES);

        assertThat(DesignDoc.check(max)).hasSize(DesignDoc.MAX_BYTES);
    }
}
