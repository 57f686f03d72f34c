package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Level;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomState;
import dev.verdict.repository.AdrConvention;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ADR in each convention, read back field by field the way the convention's tools read it. */
class AdrWriterTest {

    private static final Instant DECIDED = Instant.parse("2026-11-27T15:00:00Z");
    private static final Person MIA = new Person("mia", "Mia Moderator", "mia@example.com");
    private static final Person ALICE = new Person("alice", "Alice Architect", "alice@example.com");
    private static final Person BOB = new Person("bob", "Bob Author", "bob@example.com");
    private static final Person OLGA = new Person("olga", "Olga Observer", "olga@example.com");

    private static ReviewRecord record() {
        UUID id = UUID.fromString("5b0c4a9e-8d1f-4c3e-9a51-7f6a2b0d1e22");
        var review = new ReviewDetails(id, "Search indexing: stream changes", "# doc", 45, DECIDED,
                List.of(new ReviewDetails.Member(MIA, ReviewRole.MODERATOR), new ReviewDetails.Member(BOB, ReviewRole.AUTHOR),
                        new ReviewDetails.Member(ALICE, ReviewRole.DECISION_MAKER), new ReviewDetails.Member(OLGA, ReviewRole.OBSERVER)),
                List.of(), null, true, null, null);
        var risk = new RoomState.Captured(UUID.randomUUID(), CaptureKind.RISK, "Queue backlog at peak", ALICE, "Failure modes",
                DECIDED, Level.HIGH, Level.MEDIUM, BOB, "Autoscale consumers", null, false, 0, null, null, false);
        var room = new RoomState(id, review.title(), MeetingStatus.CLOSED, ReviewRole.MODERATOR, 1, 0, 0, DECIDED, 0, 120, 45,
                List.of(), review.designDoc(), List.of(risk), List.of(), null, null, DECIDED, DECIDED, List.of(), false);
        var decision = new Decision(id, Outcome.APPROVED_WITH_CONDITIONS, "Stream changes through a queue",
                "Index lag matters more than infrastructure cost", ALICE, DECIDED,
                List.of(new AlternativeConsidered("Batch every minute", "load spikes every minute")),
                List.of(new Consequence(Consequence.Kind.POSITIVE, "Index lag under a minute"),
                        new Consequence(Consequence.Kind.NEUTRAL, "Two more consumers to run")),
                "Shadow-index for a week first", null, null);
        return new ReviewRecord(review, room, decision);
    }

    @Test
    void madr_front_matter_and_sections_read_back_field_by_field() {
        String adr = AdrWriter.adr(AdrConvention.MADR, 7, record(), ZoneOffset.UTC);

        Map<String, String> front = frontMatter(adr);
        assertThat(front).containsExactly(Map.entry("status", "accepted"), Map.entry("date", "2026-11-27"),
                Map.entry("decision-makers", "Alice Architect"), Map.entry("consulted", "Mia Moderator, Bob Author"),
                Map.entry("informed", "Olga Observer"));
        assertThat(headings(adr)).containsExactly("# Search indexing: stream changes", "## Context and Problem Statement",
                "## Considered Options", "## Decision Outcome", "### Consequences", "## Pros and Cons of the Options",
                "### Batch every minute", "## More Information");
        assertThat(section(adr, "## Considered Options")).containsExactly("* Stream changes through a queue", "* Batch every minute");
        assertThat(section(adr, "### Consequences")).containsExactly("* Good, because Index lag under a minute",
                "* Bad, because of an open risk: Queue backlog at peak (owner: Bob Author)", "* Neutral, because Two more consumers to run");
        assertThat(section(adr, "## Decision Outcome")).contains(
                "Chosen option: \"Stream changes through a queue\", because Index lag matters more than infrastructure cost.",
                "Conditions: Shadow-index for a week first.");
    }

    @Test
    void log4brains_bullet_metadata_reads_back_field_by_field() {
        String adr = AdrWriter.adr(AdrConvention.LOG4BRAINS, 0, record(), ZoneOffset.UTC);

        Map<String, String> bullets = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^- (Status|Deciders|Date|Tags): (.*)$").matcher(adr.substring(0, adr.indexOf("## ")));
        while (m.find()) {
            bullets.put(m.group(1), m.group(2));
        }
        assertThat(adr).startsWith("# Search indexing: stream changes\n\n");
        assertThat(bullets).containsExactly(Map.entry("Status", "accepted"), Map.entry("Deciders", "Alice Architect"),
                Map.entry("Date", "2026-11-27"), Map.entry("Tags", "design-review"));
        assertThat(section(adr, "### Positive Consequences")).containsExactly("- Index lag under a minute");
        assertThat(section(adr, "### Negative Consequences")).containsExactly("- Risk: Queue backlog at peak (owner: Bob Author)");
        assertThat(section(adr, "## Links")).containsExactly("- Consulted: Mia Moderator, Bob Author", "- Informed: Olga Observer");
    }

    @Test
    void adr_tools_keeps_nygards_sections_with_the_number_in_the_title() {
        String adr = AdrWriter.adr(AdrConvention.ADR_TOOLS, 12, record(), ZoneOffset.UTC);

        assertThat(headings(adr)).containsExactly("# 12. Search indexing: stream changes", "## Status", "## Context",
                "## Decision", "## Consequences");
        assertThat(section(adr, "## Status")).containsExactly("Accepted");
        assertThat(adr).contains("Date: 2026-11-27");
    }

    @Test
    void a_name_yaml_would_misread_is_quoted_in_the_front_matter() {
        var base = record();
        var odd = new Person("alice", "Alice: \"the\" Architect", "a@example.com");
        var decision = new Decision(base.decision().reviewId(), Outcome.REJECTED, "No", "Too costly", odd, DECIDED,
                base.decision().alternatives(), List.of(), null, null, null);
        String adr = AdrWriter.adr(AdrConvention.MADR, 1, new ReviewRecord(base.review(), base.room(), decision), ZoneOffset.UTC);

        assertThat(adr).contains("decision-makers: \"Alice: \\\"the\\\" Architect\"\n", "status: rejected\n");
    }

    @Test
    void tags_go_in_madr_front_matter_log4brains_tags_line_and_the_summary_but_nowhere_in_an_adr_tools_adr() {
        var base = record();
        var d = base.decision();
        List<String> tags = List.of("search", "2024", "yes", "data-retention");
        var tagged = new ReviewRecord(base.review(), base.room(), new Decision(d.reviewId(), d.outcome(), d.statement(),
                d.rationale(), d.decisionMaker(), d.decidedAt(), d.alternatives(), d.consequences(), d.conditions(),
                d.revisitOn(), d.supersedes(), tags));

        String madr = AdrWriter.adr(AdrConvention.MADR, 7, tagged, ZoneOffset.UTC);
        Map<String, Object> front = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                new org.yaml.snakeyaml.LoaderOptions())).load(madr.substring(4, madr.indexOf("\n---\n")));
        assertThat(front.get("tags")).as("SnakeYAML reads every tag back as the string it is").isEqualTo(tags);
        assertThat(dev.verdict.shared.MarkdownSource.split(madr).values()).containsEntry("tags", tags);

        String log4brains = AdrWriter.adr(AdrConvention.LOG4BRAINS, 0, tagged, ZoneOffset.UTC);
        String line = log4brains.lines().filter(l -> l.startsWith("- Tags: ")).findFirst().orElseThrow().substring(8);
        // log4brains 1.1.0 (@log4brains/core, Adr.tags) splits the line so, and lower-cases each tag.
        assertThat(List.of(line.split("\\s*[\\s,]{1}\\s*")))
                .containsExactly("design-review", "search", "2024", "yes", "data-retention");

        assertThat(SummaryWriter.summary(tagged, ZoneOffset.UTC).lines())
                .contains("- Tags: search, 2024, yes, data-retention");
        String nygard = AdrWriter.adr(AdrConvention.ADR_TOOLS, 12, tagged, ZoneOffset.UTC);
        assertThat(nygard).doesNotContain("Tags", "data-retention", "2024");
        assertThat(AdrWriter.adr(AdrConvention.MADR, 7, record(), ZoneOffset.UTC)).as("no tags, no key").doesNotContain("tags:");
    }

    private static Map<String, String> frontMatter(String adr) {
        assertThat(adr).startsWith("---\n");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : adr.substring(4, adr.indexOf("\n---\n")).split("\n")) {
            int colon = line.indexOf(": ");
            fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return fields;
    }

    private static List<String> headings(String adr) {
        return adr.lines().filter(l -> l.startsWith("#")).toList();
    }

    private static List<String> section(String adr, String heading) {
        int start = adr.indexOf(heading + "\n");
        String rest = adr.substring(start + heading.length() + 1);
        int end = rest.indexOf("\n#");
        return (end < 0 ? rest : rest.substring(0, end)).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
