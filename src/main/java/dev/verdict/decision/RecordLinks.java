package dev.verdict.decision;

/**
 * Where the summary and the ADR point: the design doc at its pinned commit, and each other. Both
 * files are committed together, so they link by their paths relative to each other within the
 * repository; the doc links to its web page at the commit where the host is known.
 *
 * @param docPath     the design doc's path in the repository; null for a pasted or uploaded doc
 * @param docCommit   the commit the review pinned the doc to; null with {@code docPath}
 * @param docWebUrl   the doc's page at that commit on the repository's host, e.g.
 *                    {@code https://github.com/o/r/blob/<commit>/docs/x.md}; null when the host is unknown
 * @param adrPath     the ADR's path from the repository root; null before the commit (preview, download)
 * @param summaryPath the summary's path from the repository root; null before the commit
 */
public record RecordLinks(String docPath, String docCommit, String docWebUrl, String adrPath, String summaryPath) {

    /** Nothing known: a pasted doc, not yet committed. */
    public static final RecordLinks NONE = new RecordLinks(null, null, null, null, null);

    public RecordLinks withPaths(String adr, String summary) {
        return new RecordLinks(docPath, docCommit, docWebUrl, adr, summary);
    }

    /** The path of {@code to} as a link from a file at {@code from}, both relative to the repository root. */
    static String relative(String from, String to) {
        String[] fromDirs = from.contains("/") ? from.substring(0, from.lastIndexOf('/')).split("/") : new String[0];
        String[] target = to.split("/");
        int common = 0;
        while (common < fromDirs.length && common < target.length - 1 && fromDirs[common].equals(target[common])) {
            common++;
        }
        var link = new StringBuilder();
        for (int i = common; i < fromDirs.length; i++) {
            link.append("../");
        }
        for (int i = common; i < target.length; i++) {
            link.append(target[i]).append(i < target.length - 1 ? "/" : "");
        }
        return link.toString();
    }

    /**
     * The design doc as Markdown text: {@code [docs/x.md](web url) at commit `abc1234`}, or
     * {@code `docs/x.md` at commit `abc1234`} where there is no web page; null for a pasted doc.
     */
    String doc() {
        if (docPath == null) {
            return null;
        }
        String at = docCommit == null ? "" : " at commit `" + docCommit.substring(0, Math.min(7, docCommit.length())) + "`";
        String name = dev.verdict.shared.InlineMarkdown.escape(docPath);
        return (docWebUrl == null ? "`" + docPath.replace("`", "") + "`" : "[" + name + "](" + docWebUrl + ")") + at;
    }
}
