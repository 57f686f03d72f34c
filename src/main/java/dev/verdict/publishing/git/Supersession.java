package dev.verdict.publishing.git;

import dev.verdict.publishing.ArchiveException;
import dev.verdict.repository.AdrConvention;
import dev.verdict.repository.AdrMetadata;
import dev.verdict.shared.MarkdownSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a supersede into both ADRs the way the convention's tools do, each file keeping its
 * line endings (an old ADR saved with CRLF stays CRLF):
 * <ul>
 *   <li>adr-tools ({@code adr new -s}): the new ADR's Status section gains "Supersedes [old
 *       title](old file)", the old one loses "Accepted" and gains "Superseded by [new
 *       title](new file)", so {@code adr generate graph} shows the link;</li>
 *   <li>MADR 3/4: the old ADR's front matter {@code status:} becomes "superseded by [new
 *       title](new file)", added when absent; the body is never touched (a fenced YAML example
 *       with {@code status:} in it stays as it is). MADR 2, without front matter: its
 *       {@code * Status:} bullet is rewritten;</li>
 *   <li>log4brains ({@code supersedeBy} in @log4brains/core): the old ADR's Status bullet becomes
 *       "superseded by [slug](file)" and the new ADR's "## Links" list gains "Supersedes
 *       [slug](file)", the slug (file name without .md) being what log4brains resolves.</li>
 * </ul>
 * A rewrite that would not read back as the new status refuses the publication with a message
 * instead of committing the old ADR unchanged.
 */
final class Supersession {

    /** A top-level YAML key line in front matter: {@code status: ...}. */
    private static final Pattern STATUS_KEY = Pattern.compile("^status\\s*:.*$");

    private Supersession() {
    }

    record Linked(String newAdr, String oldAdr) {
    }

    static Linked link(AdrConvention convention, String newAdr, String newFile, String oldAdr, String oldFile) {
        LineEndings oldEndings = LineEndings.of(oldAdr);
        LineEndings newEndings = LineEndings.of(newAdr);
        String newText = MarkdownSource.normalize(newAdr);
        String oldText = MarkdownSource.normalize(oldAdr);
        String newTitle = AdrMetadata.heading(newText);
        String oldTitle = AdrMetadata.heading(oldText);
        String supersededBy = "[" + newTitle + "](" + newFile + ")";
        Linked linked = switch (convention) {
            case ADR_TOOLS -> new Linked(
                    addToStatus(newText, "Supersedes [" + oldTitle + "](" + oldFile + ")"),
                    addToStatus(removeFromStatus(oldText, "Accepted"), "Superseded by " + supersededBy));
            case MADR -> new Linked(
                    newText.replace("## More Information\n\n", "## More Information\n\nSupersedes [" + oldTitle + "](" + oldFile + ").\n\n"),
                    madrStatus(oldText, "superseded by " + supersededBy, oldFile));
            case LOG4BRAINS -> new Linked(
                    addLink(newText, "Supersedes [" + slug(oldFile) + "](" + oldFile + ")"),
                    bulletStatus(oldText, "superseded by [" + slug(newFile) + "](" + newFile + ")", oldFile));
        };
        return new Linked(newEndings.restore(linked.newAdr()), oldEndings.restore(linked.oldAdr()));
    }

    /**
     * MADR: the status goes into the front matter (replacing the top-level {@code status:} key
     * with any lines continuing its value, or added before the closing fence); MADR 2 files
     * without front matter get their Status bullet rewritten; a file with neither gets front
     * matter holding the status, as MADR 4 writes it.
     */
    static String madrStatus(String text, String status, String fileName) {
        var split = MarkdownSource.split(text);
        String rewritten;
        if (!split.frontMatter().isEmpty()) {
            rewritten = withFrontMatterStatus(split.frontMatter(), status) + split.body();
            if (!MarkdownSource.split(rewritten).body().equals(split.body())) {
                throw refused(fileName, "its body would change");
            }
        } else if (AdrMetadata.bullet(text, "Status").isPresent()) {
            return bulletStatus(text, status, fileName);
        } else {
            rewritten = "---\nstatus: " + yamlString(status) + "\n---\n\n" + text;
        }
        if (!status.equals(AdrMetadata.frontMatter(rewritten, "status").orElse(null))) {
            throw refused(fileName, "its front matter is not YAML Verdict can rewrite");
        }
        return rewritten;
    }

    private static String withFrontMatterStatus(String frontMatter, String status) {
        List<String> lines = new ArrayList<>(List.of(frontMatter.split("\n", -1)));
        // lines: opening fence, YAML..., closing fence, and "" after the final newline (when there is one)
        int closing = lines.size() - 1;
        while (closing > 0 && lines.get(closing).isBlank()) {
            closing--;
        }
        String line = "status: " + yamlString(status);
        for (int i = 1; i < closing; i++) {
            if (STATUS_KEY.matcher(lines.get(i)).matches()) {
                int end = i + 1;
                while (end < closing && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("\t"))) {
                    end++;
                }
                lines.subList(i, end).clear();
                lines.add(i, line);
                return String.join("\n", lines);
            }
        }
        lines.add(closing, line);
        return String.join("\n", lines);
    }

    /** log4brains and MADR 2: the "Status:" bullet (any case) rewritten in place, its marker and key kept. */
    static String bulletStatus(String text, String status, String fileName) {
        var bullet = AdrMetadata.bullet(text, "Status")
                .orElseThrow(() -> refused(fileName, "it has no Status bullet to mark"));
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.subList(bullet.line(), bullet.lastLine() + 1).clear();
        lines.add(bullet.line(), bullet.marker() + " " + bullet.key() + ": " + status);
        String rewritten = String.join("\n", lines);
        if (!AdrMetadata.bullet(rewritten, "Status").map(AdrMetadata.Bullet::value).filter(status::equals).isPresent()) {
            throw refused(fileName, "its Status bullet would not read back as superseded");
        }
        return rewritten;
    }

    /** log4brains' slug: the file name without ".md", the link text its own {@code supersedeBy} writes. */
    private static String slug(String fileName) {
        return fileName.replaceFirst("\\.md$", "");
    }

    /**
     * log4brains' {@code addLink}: a bullet at the end of the "## Links" section's list, the
     * section added at the end when there is none.
     */
    static String addLink(String text, String link) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int links = lines.indexOf("## Links");
        if (links < 0) {
            return text.stripTrailing() + "\n\n## Links\n\n- " + link + "\n";
        }
        int at = links + 1;
        for (int i = links + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            if (lines.get(i).startsWith("- ") || lines.get(i).startsWith("* ")) {
                at = i + 1;
            }
        }
        if (at == links + 1) {
            lines.add(at, "");
            at++;
        }
        lines.add(at, "- " + link);
        return String.join("\n", lines);
    }

    private static ArchiveException refused(String fileName, String why) {
        return new ArchiveException("Could not mark " + fileName + " as superseded: " + why
                + "; nothing was committed. Edit its status by hand, or publish without superseding it", null);
    }

    /** A YAML double-quoted scalar: safe for brackets, colons and quotes in a title. */
    private static String yamlString(String value) {
        return "\"" + Objects.requireNonNull(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
}
