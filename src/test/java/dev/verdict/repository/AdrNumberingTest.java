package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdrNumberingTest {

    @Test
    void only_files_adr_list_counts_set_the_next_number() {
        var numbering = AdrNumbering.of(List.of("0001-record.md", "0007-notes.txt", "0009-draft.md.orig", "index.md",
                "README.md", "adr-template.md", "0002-use-java.md"));

        assertThat(numbering.fileName("use-rust")).isEqualTo("0003-use-rust.md");
    }

    @Test
    void the_width_follows_the_highest_numbered_file_and_an_empty_folder_starts_at_0001() {
        assertThat(AdrNumbering.of(List.of("001-a.md", "002-b.md")).fileName("c")).isEqualTo("003-c.md");
        assertThat(AdrNumbering.of(List.of("0000-use-madr.md")).fileName("c")).isEqualTo("0001-c.md");
        assertThat(AdrNumbering.of(List.of("index.md")).fileName("first")).isEqualTo("0001-first.md");
    }
}
