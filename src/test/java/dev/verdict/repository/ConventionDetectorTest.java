package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
