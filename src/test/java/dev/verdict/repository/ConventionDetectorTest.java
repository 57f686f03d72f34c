package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.verdict.AdrRepos;
import dev.verdict.CommandLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionDetectorTest {

    @Test
    void a_repository_made_by_adr_init_is_adr_tools_in_the_folder_adr_dir_names(@TempDir Path repo) throws IOException {
        assumeTrue(CommandLine.adrToolsInstalled(), "adr-tools is not installed (apt-get install adr-tools); .ci/run installs it");
        CommandLine.run(repo, "adr", "init", "architecture/decisions");

        var detected = ConventionDetector.detect(paths(repo), path -> read(repo, path));

        assertThat(detected).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "architecture/decisions"));
    }

    @Test
    void log4brains_is_recognised_by_its_config_and_its_adr_folder() {
        var files = Map.of(".log4brains.yml", "project:\n  name: x\n  adrFolder: ./docs/adr\n", "docs/adr/20240101-use-x.md", "# Use x");

        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.LOG4BRAINS, "docs/adr"));
    }

    @Test
    void madr_is_recognised_by_front_matter_in_docs_decisions() {
        var files = Map.of("docs/decisions/0001-use-markdown.md", "---\nstatus: accepted\ndate: 2024-01-01\n---\n# Use Markdown",
                "docs/decisions/adr-template.md", "---\nstatus: proposed\n---");

        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.MADR, "docs/decisions"));
    }

    @Test
    void numbered_nygard_files_without_adr_dir_are_adr_tools() {
        var files = Map.of("doc/adr/0001-record.md", "# 1. Record\n\nDate: 2024-01-01\n\n## Status\n\nAccepted");

        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    @Test
    void a_repository_without_adrs_gets_adr_tools_in_doc_adr() {
        assertThat(detect(Map.of("README.md", "# Hi"))).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    @Test
    void each_layout_of_the_fixture_corpus_is_told_apart() {
        assertThat(detect(AdrRepos.files("madr4"))).isEqualTo(new ConventionDetector.Detected(AdrConvention.MADR, "docs/decisions"));
        assertThat(detect(AdrRepos.files("madr2"))).isEqualTo(new ConventionDetector.Detected(AdrConvention.MADR, "docs/adr"));
        assertThat(detect(AdrRepos.files("log4brains"))).isEqualTo(new ConventionDetector.Detected(AdrConvention.LOG4BRAINS, "docs/adr"));
        assertThat(detect(AdrRepos.files("adr-tools-crlf"))).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    @Test
    void a_madr_folder_holding_index_md_is_madr_not_adr_tools() {
        var files = new java.util.HashMap<>(AdrRepos.files("madr4"));

        assertThat(files).containsKey("docs/decisions/index.md");
        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.MADR, "docs/decisions"));
    }

    @Test
    void three_digit_nygard_files_without_adr_dir_are_adr_tools_and_the_readme_does_not_decide() {
        var files = new java.util.HashMap<>(AdrRepos.files("three-digit"));
        files.remove(".adr-dir");

        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    @Test
    void a_folder_holding_only_an_index_and_a_template_has_no_adrs_to_decide_by() {
        var files = Map.of("docs/decisions/index.md", "# Log\n", "docs/decisions/adr-template.md", "---\nstatus: proposed\n---\n# T\n");

        assertThat(detect(files)).isEqualTo(new ConventionDetector.Detected(AdrConvention.ADR_TOOLS, "doc/adr"));
    }

    private static ConventionDetector.Detected detect(Map<String, String> files) {
        return ConventionDetector.detect(List.copyOf(files.keySet()), path -> Optional.ofNullable(files.get(path)));
    }

    private static List<String> paths(Path repo) throws IOException {
        try (Stream<Path> walk = Files.walk(repo)) {
            return walk.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString()).toList();
        }
    }

    private static Optional<String> read(Path repo, String path) {
        try {
            Path file = repo.resolve(path);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
