package dev.verdict.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** @param number the ADR's number (adr-tools, MADR); null for log4brains, which names files by date */
    public record Entry(String path, Integer number, String date, String title, String status, List<Link> links) {

        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** "0007" or "20261127": how people refer to it. */
        public String id() {
            return number != null ? String.format("%04d", number) : fileName().replaceAll("^(\\d{8}).*$", "$1");
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

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{4})-.+\\.md$");
    private static final Pattern DATED = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})-.+\\.md$");
    private static final Pattern LINK_LINE = Pattern.compile("^(.+?) \\[(.*)\\]\\(([^)]*)\\)\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("\\[(.*?)\\]\\(([^)]*)\\)");
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^Date: (\\S+)\\s*$");

    public static AdrLog parse(String headCommit, AdrConvention convention, String adrDir, Map<String, String> files) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((path, text) -> {
            String name = path.substring(path.lastIndexOf('/') + 1);
            Matcher numbered = NUMBERED.matcher(name);
            Matcher dated = DATED.matcher(name);
            if (!numbered.matches() && !dated.matches()) {
                return;
            }
            entries.add(switch (convention) {
                case ADR_TOOLS -> adrTools(path, numbered.matches() ? Integer.valueOf(numbered.group(1)) : null, text);
                case MADR -> madr(path, numbered.matches() ? Integer.valueOf(numbered.group(1)) : null, text);
                case LOG4BRAINS -> log4brains(path, dated.matches()
                        ? dated.group(1) + "-" + dated.group(2) + "-" + dated.group(3) : null, text);
            });
        });
        entries.sort(Comparator.comparing(Entry::path));
        return new AdrLog(headCommit, convention, adrDir, List.copyOf(entries));
    }

    /** The number the next numbered ADR takes (adr-tools, MADR): one more than the highest there is. */
    public int nextNumber() {
        return entries.stream().map(Entry::number).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(0) + 1;
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

    private static Entry adrTools(String path, Integer number, String text) {
        String title = firstHeading(text).replaceFirst("^\\d+\\.\\s*", "");
        List<String> statusLines = section(text, "Status");
        List<Link> links = new ArrayList<>();
        String status = null;
        for (String line : statusLines) {
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
        return new Entry(path, number, date.find() ? date.group(1) : null, title, status, List.copyOf(links));
    }

    private static Entry madr(String path, Integer number, String text) {
        Map<String, String> front = frontMatter(text);
        String status = front.getOrDefault("status", "unknown");
        List<Link> links = new ArrayList<>();
        Matcher link = MD_LINK.matcher(status);
        if (link.find()) {
            links.add(new Link(status.substring(0, link.start()).strip(), link.group(2)));
        }
        return new Entry(path, number, front.get("date"), firstHeading(text), status, List.copyOf(links));
    }

    private static Entry log4brains(String path, String date, String text) {
        Map<String, String> bullets = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = Pattern.compile("^[-*] (Status|Date|Deciders|Supersedes|Tags):\\s*(.*)$").matcher(line.strip());
            if (m.matches()) {
                bullets.putIfAbsent(m.group(1), m.group(2).strip());
            }
            if (line.startsWith("## ")) {
                break;
            }
        }
        String status = bullets.getOrDefault("Status", "unknown");
        List<Link> links = new ArrayList<>();
        Matcher statusLink = MD_LINK.matcher(status);
        if (statusLink.find()) {
            links.add(new Link(status.substring(0, statusLink.start()).strip(), statusLink.group(2)));
        }
        Matcher supersedes = MD_LINK.matcher(bullets.getOrDefault("Supersedes", ""));
        if (supersedes.find()) {
            links.add(new Link("Supersedes", supersedes.group(2)));
        }
        return new Entry(path, null, bullets.getOrDefault("Date", date), firstHeading(text), status, List.copyOf(links));
    }

    /** An ADR's title as adr-tools reads it: its first heading without "# " ("3. Use Rust"). */
    public static String firstHeading(String text) {
        return text.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse("(untitled)");
    }

    static List<String> section(String text, String heading) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\n")) {
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

    static Map<String, String> frontMatter(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String t = text.replace("\r\n", "\n");
        if (!t.startsWith("---\n")) {
            return fields;
        }
        int end = t.indexOf("\n---", 4);
        if (end < 0) {
            return fields;
        }
        for (String line : t.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                String value = line.substring(colon + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                fields.put(line.substring(0, colon).strip(), value);
            }
        }
        return fields;
    }
}
