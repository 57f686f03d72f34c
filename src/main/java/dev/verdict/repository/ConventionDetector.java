package dev.verdict.repository;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which ADR convention a repository follows from its files: `.log4brains.yml` means
 * log4brains; `.adr-dir` means adr-tools; otherwise the ADR folder's files decide (front matter:
 * MADR; numbered files with a Status section: adr-tools). A repository without ADRs gets
 * adr-tools in doc/adr, as `adr init` would make it.
 */
public final class ConventionDetector {

    public record Detected(AdrConvention convention, String adrDir) {
    }

    private static final List<String> CANDIDATE_DIRS = List.of("docs/decisions", "doc/adr", "docs/adr", "doc/decisions",
            "architecture/decisions", "adr", "docs/architecture/decisions");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{4}-.+\\.md$");
    private static final Pattern DATED = Pattern.compile("^\\d{8}-.+\\.md$");
    private static final Pattern ADR_FOLDER_YAML = Pattern.compile("(?m)^\\s*adrFolder:\\s*['\"]?([^'\"\\n#]+?)['\"]?\\s*$");

    private ConventionDetector() {
    }

    /**
     * @param paths every file path of the branch head
     * @param read  reads a file's text by path (only small, named files are read)
     */
    public static Detected detect(List<String> paths, Function<String, Optional<String>> read) {
        Optional<String> log4brains = read.apply(".log4brains.yml");
        if (log4brains.isPresent()) {
            Matcher folder = ADR_FOLDER_YAML.matcher(log4brains.get());
            return new Detected(AdrConvention.LOG4BRAINS, folder.find() ? clean(folder.group(1)) : "docs/adr");
        }
        Optional<String> adrDir = read.apply(".adr-dir");
        if (adrDir.isPresent() && !adrDir.get().isBlank()) {
            return new Detected(AdrConvention.ADR_TOOLS, clean(adrDir.get()));
        }
        for (String dir : CANDIDATE_DIRS) {
            List<String> files = paths.stream().filter(p -> p.startsWith(dir + "/"))
                    .map(p -> p.substring(dir.length() + 1)).filter(n -> !n.contains("/") && n.endsWith(".md")).toList();
            if (files.isEmpty()) {
                continue;
            }
            if (files.stream().anyMatch(n -> DATED.matcher(n).matches())) {
                return new Detected(AdrConvention.LOG4BRAINS, dir);
            }
            Optional<String> sample = files.stream().filter(n -> !n.equalsIgnoreCase("README.md") && !n.startsWith("adr-template"))
                    .sorted().reduce((a, b) -> b).flatMap(n -> read.apply(dir + "/" + n));
            if (sample.isPresent() && sample.get().stripLeading().startsWith("---")) {
                return new Detected(AdrConvention.MADR, dir);
            }
            if (files.stream().anyMatch(n -> NUMBERED.matcher(n).matches())) {
                return new Detected(AdrConvention.ADR_TOOLS, dir);
            }
        }
        return new Detected(AdrConvention.ADR_TOOLS, "doc/adr");
    }

    private static String clean(String dir) {
        return dir.strip().replaceAll("^\\./", "").replaceAll("/+$", "");
    }
}
