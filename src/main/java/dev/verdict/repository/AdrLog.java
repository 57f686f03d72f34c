package dev.verdict.repository;

import dev.verdict.shared.MarkdownSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository's ADR log at its branch head: each ADR with its number or date, title, status and
 * links, read the way its convention's tools read it (adr-tools' Status section and link lines,
 * MADR's front matter, log4brains' bullets), and the supersede chain those links make.
 */
public record AdrLog(String headCommit, AdrConvention convention, String adrDir, List<Entry> entries) {

    public record Link(String type, String target) {
    }

    /**
     * @param number   the ADR's number (adr-tools, MADR); null for log4brains, which names files by date
     * @param tags     MADR's front matter {@code tags} (a YAML list or a comma-separated string), log4brains' and
     *                 MADR 2's {@code Tags:} bullet (comma-separated); none for adr-tools, which has no tags
     * @param deciders MADR 4's {@code decision-makers} (MADR 3's {@code deciders}), the {@code Deciders:} bullet; none for adr-tools
     */
    public record Entry(String path, Integer number, String date, String title, String status, List<Link> links,
                        List<String> tags, List<String> deciders) {

        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The digits its file name starts with, as written ("0007", "003", "20261127"): how people refer to it. */
        public String id() {
            String digits = AdrNumbering.digits(fileName());
            return digits != null ? digits : fileName().replaceAll("^(\\d{8}).*$", "$1");
        }

        public String label() {
            return id() + " · " + title + " (" + statusText() + ")";
        }

        /**
         * The status as people read it: a Markdown link (MADR front matter and log4brains bullets
         * write "superseded by [ADR-0005](0005-stream.md)") shown by its text, the first letter
         * capitalised: "Superseded by ADR-0005".
         */
        public String statusText() {
            return capitalised(MD_LINK.matcher(status).replaceAll(m -> Matcher.quoteReplacement(m.group(1))));
        }

        public Optional<String> supersededBy() {
            return links.stream().filter(l -> l.type().toLowerCase().startsWith("superseded by")
                    || l.type().toLowerCase().startsWith("superceded by")).map(Link::target).findFirst();
        }
    }

    private static final Pattern DATED = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-.+\\.md$");
    private static final Pattern LINK_LINE = Pattern.compile("^(.+?) \\[(.*)\\]\\(([^)]*)\\)\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("\\[(.*?)\\]\\(([^)]*)\\)");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^Date: (\\S+)\\s*$");

    public static AdrLog parse(String headCommit, AdrConvention convention, String adrDir, Map<String, String> files) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((path, raw) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String text = MarkdownSource.normalize(raw);
            Matcher dated = DATED.matcher(name);
            OptionalInt number = AdrNumbering.number(name);
            if (convention == AdrConvention.LOG4BRAINS ? !dated.matches() : number.isEmpty()) {
                return;
            }
            Integer n = number.isPresent() ? Integer.valueOf(number.getAsInt()) : null;
            entries.add(switch (convention) {
                case ADR_TOOLS -> adrTools(path, n, text);
                case MADR -> madr(path, n, text);
                case LOG4BRAINS -> log4brains(path, dated.group(1) + "-" + dated.group(2) + "-" + dated.group(3), text);
            });
        });
        entries.sort(Comparator.comparing(Entry::path));
        return new AdrLog(headCommit, convention, adrDir, List.copyOf(entries));
    }

    /** The number the next numbered ADR takes (adr-tools, MADR): one more than the highest there is. */
    public int nextNumber() {
        return numbering().next();
    }

    /** The next number and the width of its file name, counted as the convention's tools count. */
    public AdrNumbering numbering() {
        return AdrNumbering.of(entries.stream().map(Entry::fileName).toList());
    }

    /**
     * The entry's status with each ADR it links named by number and title, as the log shows it:
     * "Superseded by 0005 · Stream it"; a link to a file outside the log keeps its text.
     */
    public String statusOf(Entry entry) {
        return capitalised(MD_LINK.matcher(entry.status()).replaceAll(m -> Matcher.quoteReplacement(
                find(resolve(entry.path(), m.group(2))).map(t -> t.id() + " · " + t.title()).orElse(m.group(1)))));
    }

    /** A link target relative to the ADR that holds it, as a path from the repository root. */
    private static String resolve(String from, String target) {
        String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        return java.nio.file.Path.of(dir + target).normalize().toString().replace('\\', '/');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public Optional<Entry> find(String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** The chain from this ADR to the one that finally replaced it. */
    public List<Entry> supersedeChain(String path) {
        List<Entry> chain = new ArrayList<>();
        Optional<Entry> current = find(path);
        while (current.isPresent() && chain.size() < entries.size() && !chain.contains(current.get())) {
            chain.add(current.get());
            current = current.get().supersededBy().map(target -> adrDir + "/" + target).flatMap(this::find);
        }
        return chain;
    }

    /** adr-tools: the "## Status" section's lines, a "Label [title](file)" line being a link (adr generate graph). */
    private static Entry adrTools(String path, Integer number, String text) {
        String title = AdrMetadata.title(AdrConvention.ADR_TOOLS, text);
        List<Link> links = new ArrayList<>();
        String status = null;
        for (String line : section(text, "Status")) {
            Matcher link = LINK_LINE.matcher(line);
            if (link.matches()) {
                links.add(new Link(link.group(1).strip(), link.group(3).strip()));
            } else if (status == null) {
                status = line;
            }
        }
        if (status == null) {
            status = links.stream().anyMatch(l -> l.type().toLowerCase().startsWith("supersede") || l.type().toLowerCase().startsWith("supercede"))
                    && links.stream().anyMatch(l -> l.type().toLowerCase().endsWith(" by")) ? "Superseded" : "Unknown";
        }
        Matcher date = DATE_LINE.matcher(text);
        return new Entry(path, number, date.find() ? date.group(1) : null, title, status, List.copyOf(links), List.of(), List.of());
    }

    /** MADR 3/4: front matter's status and date; MADR 2 (no front matter): its "* Status:" and "* Date:" bullets. */
    private static Entry madr(String path, Integer number, String text) {
        String title = AdrMetadata.title(AdrConvention.MADR, text);
        if (!AdrMetadata.hasFrontMatter(text)) {
            return fromBullets(path, number, null, title, text);
        }
        String status = AdrMetadata.frontMatter(text, "status").orElse("unknown");
        List<Link> links = new ArrayList<>();
        Matcher link = MD_LINK.matcher(status);
        if (link.find()) {
            links.add(new Link(status.substring(0, link.start()).strip(), link.group(2)));
        }
        List<String> deciders = AdrMetadata.frontMatterList(text, "decision-makers");
        return new Entry(path, number, AdrMetadata.frontMatter(text, "date").orElse(null), title, status, List.copyOf(links),
                AdrMetadata.frontMatterList(text, "tags"), deciders.isEmpty() ? AdrMetadata.frontMatterList(text, "deciders") : deciders);
    }

    private static Entry log4brains(String path, String date, String text) {
        return fromBullets(path, null, date, AdrMetadata.title(AdrConvention.LOG4BRAINS, text), text);
    }

    /** Bullet metadata (log4brains, MADR 2): "Status" and "Date" in any case, HTML comments dropped. */
    private static Entry fromBullets(String path, Integer number, String fileDate, String title, String text) {
        var bullets = AdrMetadata.bullets(text);
        var status = bullets.stream().filter(b -> b.key().equalsIgnoreCase("Status")).findFirst();
        List<Link> links = new ArrayList<>();
        status.filter(b -> !b.links().isEmpty()).ifPresent(b -> {
            Matcher link = MD_LINK.matcher(b.value());
            links.add(new Link(link.find() ? b.value().substring(0, link.start()).strip() : b.value(), b.links().getFirst()));
        });
        bullets.stream().filter(b -> b.key().equalsIgnoreCase("Supersedes")).flatMap(b -> b.links().stream())
                .forEach(target -> links.add(new Link("Supersedes", target)));
        // log4brains' markAsSuperseder: "- Supersedes [slug](file)" in the "## Links" list.
        for (String line : section(text, "Links")) {
            Matcher link = LINK_LINE.matcher(line.replaceFirst("^[-*]\\s+", ""));
            if (link.matches() && link.group(1).strip().equalsIgnoreCase("Supersedes")) {
                links.add(new Link("Supersedes", link.group(3).strip()));
            }
        }
        String date = bullets.stream().filter(b -> b.key().equalsIgnoreCase("Date")).map(AdrMetadata.Bullet::value)
                .filter(v -> !v.isBlank()).findFirst().orElse(fileDate);
        return new Entry(path, number, date, title, status.map(AdrMetadata.Bullet::value).filter(v -> !v.isBlank()).orElse("unknown"),
                List.copyOf(links), bulletList(bullets, "Tags"), bulletList(bullets, "Deciders"));
    }

    /** A bullet's comma-separated values ("Tags: caching, performance"), each stripped, empty ones dropped. */
    private static List<String> bulletList(List<AdrMetadata.Bullet> bullets, String key) {
        return bullets.stream().filter(b -> b.key().equalsIgnoreCase(key)).findFirst()
                .map(b -> AdrMetadata.commaSeparated(b.value())).orElse(List.of());
    }

    static List<String> section(String text, String heading) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : MarkdownSource.normalize(text).split("\n")) {
            if (line.startsWith("## ")) {
                if (in) {
                    break;
                }
                in = line.substring(3).strip().equals(heading);
                continue;
            }
            if (in && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
