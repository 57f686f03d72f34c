package dev.verdict.publishing.git;

import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrLog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a supersede into both ADRs the way the convention's tools do. adr-tools: the new ADR's
 * Status section gains "Supersedes [old title](old file)", the old one loses "Accepted" and gains
 * "Superseded by [new title](new file)" (what `adr new -s` writes, so `adr generate graph` shows
 * the link). MADR: the old front matter status becomes "superseded by …"; log4brains: the old
 * Status bullet does, and the new ADR gets a Supersedes bullet.
 */
final class Supersession {

    private static final Pattern FRONT_STATUS = Pattern.compile("(?m)^status:.*$");
    private static final Pattern L4B_STATUS = Pattern.compile("(?m)^([-*]) Status:.*$");

    private Supersession() {
    }

    record Linked(String newAdr, String oldAdr) {
    }

    static Linked link(AdrConvention convention, String newAdr, String newFile, String oldAdr, String oldFile) {
        String newTitle = AdrLog.firstHeading(newAdr);
        String oldTitle = AdrLog.firstHeading(oldAdr);
        return switch (convention) {
            case ADR_TOOLS -> new Linked(
                    addToStatus(newAdr, "Supersedes [" + oldTitle + "](" + oldFile + ")"),
                    addToStatus(removeFromStatus(oldAdr, "Accepted"), "Superseded by [" + newTitle + "](" + newFile + ")"));
            case MADR -> new Linked(
                    newAdr.replace("## More Information\n\n", "## More Information\n\nSupersedes [" + oldTitle + "](" + oldFile + ").\n\n"),
                    FRONT_STATUS.matcher(oldAdr).replaceFirst(Matcher.quoteReplacement(
                            "status: \"superseded by [" + newTitle.replace("\"", "'") + "](" + newFile + ")\"")));
            case LOG4BRAINS -> new Linked(
                    L4B_STATUS.matcher(newAdr).replaceFirst(Matcher.quoteReplacement(
                            statusBullet(newAdr) + "\n- Supersedes: [" + oldTitle + "](" + oldFile + ")")),
                    L4B_STATUS.matcher(oldAdr).replaceFirst(Matcher.quoteReplacement(
                            "- Status: superseded by [" + newTitle + "](" + newFile + ")")));
        };
    }

    private static String statusBullet(String adr) {
        Matcher m = L4B_STATUS.matcher(adr);
        return m.find() ? m.group() : "- Status: accepted";
    }

    /** adr-tools' _adr_add_link: the line and a blank line go at the end of the Status section. */
    static String addToStatus(String adr, String line) {
        List<String> out = new ArrayList<>();
        boolean inStatus = false;
        boolean added = false;
        for (String l : adr.split("\n", -1)) {
            if (l.startsWith("##")) {
                if (inStatus && !added) {
                    out.add(line);
                    out.add("");
                    added = true;
                }
                inStatus = l.equals("## Status");
            }
            out.add(l);
        }
        if (inStatus && !added) {
            out.add(line);
            out.add("");
        }
        return String.join("\n", out);
    }

    /** adr-tools' _adr_remove_status: drops the status line and collapses the blank lines it leaves. */
    static String removeFromStatus(String adr, String status) {
        List<String> out = new ArrayList<>();
        boolean inStatus = false;
        boolean afterBlank = false;
        for (String l : adr.split("\n", -1)) {
            if (l.startsWith("##")) {
                inStatus = l.equals("## Status");
                afterBlank = false;
                out.add(l);
                continue;
            }
            if (inStatus && l.isBlank()) {
                if (!afterBlank) {
                    out.add(l);
                }
                afterBlank = true;
                continue;
            }
            if (inStatus && l.equals(status)) {
                continue;
            }
            if (inStatus) {
                afterBlank = false;
            }
            out.add(l);
        }
        return String.join("\n", out);
    }

    private static final Pattern TOC_LINE = Pattern.compile("^([*-]) \\[(.*)\\]\\(([^)]+\\.md)\\)\\s*$");

    /**
     * A table of contents the repository keeps next to its ADRs (README.md or index.md listing them
     * as links), regenerated with every ADR in file order; null when the file lists none.
     */
    static String regenerateToc(String toc, List<String> fileNames, java.util.function.Function<String, String> titleOf) {
        List<String> lines = List.of(toc.split("\n", -1));
        int first = -1;
        int last = -1;
        String bullet = "*";
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TOC_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(3).matches("(\\./)?\\d{4,8}-.*\\.md")) {
                if (first < 0) {
                    first = i;
                    bullet = m.group(1);
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(lines.subList(0, first));
        String marker = bullet;
        fileNames.stream().sorted().forEach(name -> out.add(marker + " [" + titleOf.apply(name) + "](" + name + ")"));
        out.addAll(lines.subList(last + 1, lines.size()));
        return String.join("\n", out);
    }
}
