package dev.verdict.repository;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and file name the next ADR takes in a numbered convention (adr-tools, MADR).
 * Only the files the tools themselves count are counted: adr-tools' {@code adr list} takes
 * {@code [0-9]+-*.md} directly in the ADR folder (so index.md, README.md and templates never
 * count), and the next is one more than the highest ({@code adr new}). The width follows the
 * repository: after {@code 002-use-x.md} comes {@code 003-…}; a repository without numbered
 * files starts at {@code 0001} as {@code adr new} would.
 *
 * @param next  the number the next ADR takes
 * @param width how many digits its file name has
 */
public record AdrNumbering(int next, int width) {

    /** adr-tools' {@code adr list}: {@code grep -E "^$adr_dir/[0-9]+-[^/]*\.md"}. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)-[^/]*\\.md$");
    private static final int DEFAULT_WIDTH = 4;

    /** @param fileNames the names of the files directly in the ADR folder (other files are ignored) */
    public static AdrNumbering of(Collection<String> fileNames) {
        int max = -1;
        int width = DEFAULT_WIDTH;
        for (String name : fileNames) {
            Matcher m = NUMBERED.matcher(name);
            if (m.matches()) {
                int number = Integer.parseInt(m.group(1));
                if (number > max) {
                    max = number;
                    width = m.group(1).length();
                } else if (number == max) {
                    width = Math.max(width, m.group(1).length());
                }
            }
        }
        return new AdrNumbering(max < 0 ? 1 : max + 1, width);
    }

    /** The number a file name carries, when the tools count it as a numbered ADR. */
    public static OptionalInt number(String fileName) {
        Matcher m = NUMBERED.matcher(fileName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The digits as written in the file name ("003"), or null when it is not a numbered ADR. */
    public static String digits(String fileName) {
        Matcher m = NUMBERED.matcher(fileName);
        return m.matches() ? m.group(1) : null;
    }

    /** "003-use-rust.md" for slug "use-rust". */
    public String fileName(String slug) {
        return String.format("%0" + width + "d-%s.md", next, slug);
    }
}
