package dev.verdict.repository;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Tells which ADR convention a repository follows from its files: `.log4brains.yml` means
 * log4brains (its {@code project.adrFolder}, read with SnakeYAML, names the folder); `.adr-dir`
 * means adr-tools; otherwise the ADR folder's ADRs decide: dated files (YYYYMMDD-slug.md) are
 * log4brains', numbered ones with front matter (MADR 3/4) or a "Status:" bullet (MADR 2) are
 * MADR, other numbered ones adr-tools'. Only files the tools count as ADRs are looked at: an
 * index.md (MADR's adr-log index), a README.md or a template never decides. A repository
 * without ADRs gets adr-tools in doc/adr, as `adr init` would make it.
 */
public final class ConventionDetector {

    public record Detected(AdrConvention convention, String adrDir) {
    }

    private static final List<String> CANDIDATE_DIRS = List.of("docs/decisions", "doc/adr", "docs/adr", "doc/decisions",
            "architecture/decisions", "adr", "docs/architecture/decisions");
    private static final Pattern DATED = Pattern.compile("^\\d{8}-.+\\.md$");

    private ConventionDetector() {
    }

    /**
     * @param paths every file path of the branch head
     * @param read  reads a file's text by path (only small, named files are read)
     */
    public static Detected detect(List<String> paths, Function<String, Optional<String>> read) {
        Optional<String> log4brains = read.apply(".log4brains.yml");
        if (log4brains.isPresent()) {
            return new Detected(AdrConvention.LOG4BRAINS, log4brainsFolder(log4brains.get()).map(ConventionDetector::clean)
                    .filter(d -> !d.isEmpty()).orElse("docs/adr"));
        }
        Optional<String> adrDir = read.apply(".adr-dir");
        if (adrDir.isPresent() && !adrDir.get().isBlank()) {
            return new Detected(AdrConvention.ADR_TOOLS, clean(adrDir.get()));
        }
        for (String dir : CANDIDATE_DIRS) {
            List<String> adrs = paths.stream().filter(p -> p.startsWith(dir + "/"))
                    .map(p -> p.substring(dir.length() + 1)).filter(n -> !n.contains("/") && isAdr(n)).sorted().toList();
            if (adrs.isEmpty()) {
                continue;
            }
            if (adrs.stream().anyMatch(n -> DATED.matcher(n).matches())) {
                return new Detected(AdrConvention.LOG4BRAINS, dir);
            }
            Optional<String> newest = read.apply(dir + "/" + adrs.getLast());
            boolean madr = newest.map(text -> AdrMetadata.hasFrontMatter(text)
                    || AdrMetadata.bullet(text, "Status").isPresent()).orElse(false);
            return new Detected(madr ? AdrConvention.MADR : AdrConvention.ADR_TOOLS, dir);
        }
        return new Detected(AdrConvention.ADR_TOOLS, "doc/adr");
    }

    /** A file the ADR tools list: numbered (adr-tools, MADR) or dated (log4brains); never an index, README or template. */
    private static boolean isAdr(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.contains("template") && (AdrNumbering.number(name).isPresent() || DATED.matcher(name).matches());
    }

    /** log4brains' `.log4brains.yml`: {@code project: {adrFolder: ./docs/adr}}. */
    private static Optional<String> log4brainsFolder(String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> root && root.get("project") instanceof Map<?, ?> project
                    && project.get("adrFolder") instanceof String folder) {
                return Optional.of(folder);
            }
        } catch (YAMLException e) {
            // An unreadable config still says log4brains; its folder is then the default.
        }
        return Optional.empty();
    }

    private static String clean(String dir) {
        return dir.strip().replaceAll("^\\./", "").replaceAll("/+$", "");
    }
}
