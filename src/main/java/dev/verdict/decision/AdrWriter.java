package dev.verdict.decision;

import static dev.verdict.shared.InlineMarkdown.escape;

import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.RoomState;
import dev.verdict.repository.AdrConvention;
import dev.verdict.shared.InlineMarkdown;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the ADR in the repository's convention: adr-tools' (Michael Nygard's) format as `adr new`
 * writes it, MADR 4 with its front matter and sections, or log4brains' template with its bullet
 * metadata. Decision makers, consulted and informed come from the meeting's roles. The Context
 * carries the doc's problem ({@link ProblemStatement}) and links the doc at its pinned commit and
 * the meeting summary. Everything a person typed is escaped ({@link InlineMarkdown}).
 * <p>
 * The decision's tags go where the convention has a place for them: MADR's front matter
 * ({@code tags: [api, search]}, the key log4brains and MADR tooling read; MADR 4's template has
 * none) and log4brains' {@code - Tags:} line (its parser splits it on commas and spaces). adr-tools'
 * format has no place; there, as everywhere, the meeting summary lists them (ADR 20).
 */
public final class AdrWriter {

    private AdrWriter() {
    }

    public static String adr(AdrConvention convention, int number, ReviewRecord record, ZoneId zone) {
        return adr(convention, number, record, zone, RecordLinks.NONE);
    }

    public static String adr(AdrConvention convention, int number, ReviewRecord record, ZoneId zone, RecordLinks links) {
        return switch (convention) {
            case ADR_TOOLS -> adr(number, record, zone, links);
            case MADR -> madr(record, zone, links);
            case LOG4BRAINS -> log4brains(record, zone, links);
        };
    }

    public static String madr(ReviewRecord record, ZoneId zone) {
        return madr(record, zone, RecordLinks.NONE);
    }

    /** MADR 4: front matter, then context, considered options, decision outcome and consequences. */
    public static String madr(ReviewRecord record, ZoneId zone, RecordLinks links) {
        var decision = record.decision();
        var md = new StringBuilder();
        md.append("---\n");
        md.append("status: ").append(madrStatus(decision.outcome())).append('\n');
        md.append("date: ").append(date(record, zone)).append('\n');
        md.append("decision-makers: ").append(yaml(decision.decisionMaker().displayName())).append('\n');
        md.append("consulted: ").append(yaml(String.join(", ", consulted(record)))).append('\n');
        md.append("informed: ").append(yaml(String.join(", ", informed(record)))).append('\n');
        if (!decision.tags().isEmpty()) {
            md.append("tags: [").append(String.join(", ", decision.tags().stream().map(AdrWriter::yamlTag).toList())).append("]\n");
        }
        md.append("---\n\n");
        md.append("# ").append(escape(record.review().title())).append("\n\n");
        md.append("## Context and Problem Statement\n\n").append(context(record, links)).append("\n\n");
        md.append("## Considered Options\n\n");
        md.append("* ").append(escape(decision.statement())).append('\n');
        decision.alternatives().forEach(a -> md.append("* ").append(escape(a.name())).append('\n'));
        md.append("\n## Decision Outcome\n\n");
        md.append("Chosen option: ").append(Prose.quoted(decision.statement())).append(", because ")
                .append(Prose.because(decision.rationale())).append('\n');
        if (decision.conditions() != null) {
            md.append("\nConditions: ").append(escape(Prose.sentence(decision.conditions()))).append('\n');
        }
        md.append("\n### Consequences\n\n");
        SummaryWriter.consequences(record, Consequence.Kind.POSITIVE).forEach(c -> md.append("* Good, because ").append(Prose.becauseClause(c)).append('\n'));
        SummaryWriter.consequences(record, Consequence.Kind.NEGATIVE).forEach(c -> md.append(c.startsWith("Risk: ")
                ? "* Bad, because of an open risk: " + escape(Prose.unlabelled("Risk", c)) : "* Bad, because " + Prose.becauseClause(c)).append('\n'));
        SummaryWriter.consequences(record, Consequence.Kind.NEUTRAL).forEach(c -> md.append("* Neutral, because ").append(Prose.becauseClause(c)).append('\n'));
        if (SummaryWriter.noConsequences(record)) {
            md.append("None recorded in the review.\n");
        }
        md.append("\n## Pros and Cons of the Options\n");
        decision.alternatives().forEach(a -> md.append("\n### ").append(escape(a.name())).append("\n\n* Bad, because ")
                .append(Prose.becauseClause(a.whyNot())).append('\n'));
        md.append("\n## More Information\n\nDecided in design review ").append(record.review().id());
        if (decision.revisitOn() != null) {
            md.append("; revisit on ").append(decision.revisitOn());
        }
        md.append(".\n");
        return md.toString();
    }

    public static String log4brains(ReviewRecord record, ZoneId zone) {
        return log4brains(record, zone, RecordLinks.NONE);
    }

    /** log4brains' template: bullet metadata under the title, then MADR-style sections. */
    public static String log4brains(ReviewRecord record, ZoneId zone, RecordLinks links) {
        var decision = record.decision();
        var md = new StringBuilder();
        md.append("# ").append(escape(record.review().title())).append("\n\n");
        md.append("- Status: ").append(madrStatus(decision.outcome())).append('\n');
        md.append("- Deciders: ").append(escape(decision.decisionMaker().displayName())).append('\n');
        md.append("- Date: ").append(date(record, zone)).append('\n');
        md.append("- Tags: ").append(String.join(", ", log4brainsTags(decision))).append("\n\n");
        md.append("## Context and Problem Statement\n\n").append(context(record, links)).append("\n\n");
        md.append("## Considered Options\n\n");
        md.append("- ").append(escape(decision.statement())).append('\n');
        decision.alternatives().forEach(a -> md.append("- ").append(escape(a.name())).append('\n'));
        md.append("\n## Decision Outcome\n\n");
        md.append("Chosen option: ").append(Prose.quoted(decision.statement())).append(", because ")
                .append(Prose.because(decision.rationale())).append('\n');
        if (decision.conditions() != null) {
            md.append("\nConditions: ").append(escape(Prose.sentence(decision.conditions()))).append('\n');
        }
        md.append("\n### Positive Consequences\n\n");
        bullets(md, SummaryWriter.consequences(record, Consequence.Kind.POSITIVE));
        md.append("\n### Negative Consequences\n\n");
        bullets(md, SummaryWriter.consequences(record, Consequence.Kind.NEGATIVE));
        md.append("\n## Pros and Cons of the Options\n");
        decision.alternatives().forEach(a -> md.append("\n### ").append(escape(a.name())).append("\n\n- Bad, because ")
                .append(Prose.becauseClause(a.whyNot())).append('\n'));
        md.append("\n## Links\n\n- Consulted: ").append(names(consulted(record)))
                .append("\n- Informed: ").append(names(informed(record))).append('\n');
        return md.toString();
    }

    /**
     * log4brains' tags: {@code design-review}, which every ADR Verdict writes has carried, then the
     * decision's own. Tags are words of a-z, 0-9 and hyphens ({@link DecisionTags}), so the line
     * needs no escaping and log4brains' split on commas and spaces gives them back as written.
     */
    static List<String> log4brainsTags(Decision decision) {
        var tags = new java.util.LinkedHashSet<String>();
        tags.add("design-review");
        tags.addAll(decision.tags());
        return List.copyOf(tags);
    }

    /**
     * A tag in a YAML flow sequence: plain, unless YAML 1.1 (SnakeYAML, js-yaml) would read it as
     * something other than a string (a number, a date, a boolean, null): then double-quoted.
     */
    static String yamlTag(String tag) {
        boolean plain = tag.matches("[a-z][a-z0-9-]*")
                && !tag.matches("y|n|yes|no|on|off|true|false|null");
        return plain ? tag : "\"" + tag + "\"";
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "nobody" : String.join(", ", names.stream().map(InlineMarkdown::escape).toList());
    }

    private static void bullets(StringBuilder md, List<String> items) {
        if (items.isEmpty()) {
            md.append("- None recorded\n");
        }
        items.forEach(i -> md.append("- ").append(escape(i)).append('\n'));
    }

    /**
     * The Context: the doc's problem in its own words (bounded), then where the decision was made,
     * with links to the doc at its pinned commit and to the meeting summary.
     */
    static String context(ReviewRecord record, RecordLinks links) {
        var review = record.review();
        var decision = record.decision();
        var md = new StringBuilder();
        ProblemStatement.of(review.designDoc()).ifPresent(problem -> md.append(escape(problem)).append("\n\n"));
        String doc = links.doc();
        md.append(doc == null ? "Reviewed in a design review" : "The design doc " + doc + " was reviewed in a design review")
                .append(" moderated by ").append(escape(review.moderatorNames()))
                .append(" and decided by ").append(escape(decision.decisionMaker().displayName()))
                .append(" (outcome: ").append(decision.outcome().label().toLowerCase()).append(").");
        if (links.adrPath() != null && links.summaryPath() != null) {
            md.append(" The meeting's record is in the [meeting summary](")
                    .append(RecordLinks.relative(links.adrPath(), links.summaryPath())).append(").");
        }
        return md.toString();
    }

    private static String date(ReviewRecord record, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(record.decision().decidedAt().atZone(zone));
    }

    /** Everyone taking part other than the decision maker: moderator, author, attendees. */
    public static List<String> consulted(ReviewRecord record) {
        String maker = record.decision().decisionMaker().username();
        return record.review().members().stream()
                .filter(m -> m.role().participates() && !m.person().username().equals(maker))
                .map(m -> m.person().displayName()).toList();
    }

    /** Observers: kept informed, not consulted (MADR's "informed"). */
    public static List<String> informed(ReviewRecord record) {
        return record.review().members().stream().filter(m -> !m.role().participates())
                .map(m -> m.person().displayName()).toList();
    }

    /** MADR and log4brains: proposed, rejected, accepted, deprecated, superseded. */
    public static String madrStatus(Outcome outcome) {
        return switch (outcome) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> "accepted";
            case REJECTED -> "rejected";
            case NEEDS_REVISION, ESCALATED -> "proposed";
        };
    }

    /** Quotes a YAML scalar when it holds anything YAML would read otherwise. */
    private static String yaml(String value) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        return value.matches("[A-Za-z0-9 ,.()'-]+") && !value.startsWith("-") ? value
                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static String adr(int number, ReviewRecord record, ZoneId zone) {
        return adr(number, record, zone, RecordLinks.NONE);
    }

    /** adr-tools: "# N. Title", Date, then Status, Context, Decision and Consequences as `adr new` writes them. */
    public static String adr(int number, ReviewRecord record, ZoneId zone, RecordLinks links) {
        var review = record.review();
        var decision = record.decision();
        var md = new StringBuilder();
        // Before the commit the number is not known yet (a download while waiting): the title stands alone.
        md.append("# ").append(number > 0 ? number + ". " : "").append(escape(review.title())).append("\n\n");
        md.append("Date: ").append(DateTimeFormatter.ISO_LOCAL_DATE.format(decision.decidedAt().atZone(zone))).append("\n\n");
        md.append("## Status\n\n").append(status(decision.outcome())).append("\n\n");
        md.append("## Context\n\n").append(context(record, links)).append("\n\n");
        md.append("## Decision\n\n").append(Prose.paragraphs(decision.statement())).append("\n\n");
        md.append(Prose.paragraphs(decision.rationale())).append("\n\n");
        if (decision.conditions() != null) {
            md.append("Conditions: ").append(escape(Prose.sentence(decision.conditions()))).append("\n\n");
        }
        md.append("Alternatives considered:\n\n");
        decision.alternatives().forEach(alt -> md.append(SummaryWriter.whyNot(alt)).append('\n'));
        md.append('\n');
        md.append("## Consequences\n\n");
        boolean any = false;
        for (Consequence.Kind kind : Consequence.Kind.values()) {
            for (String text : SummaryWriter.consequences(record, kind)) {
                md.append("- ").append(SummaryWriter.labelled(kind, text)).append('\n');
                any = true;
            }
        }
        for (RoomState.Captured action : record.room().of(CaptureKind.ACTION)) {
            md.append("- ").append(Prose.labelled("Follow-up", action.text())).append(" (")
                    .append(escape(action.owner().displayName())).append(", due ").append(action.dueDate()).append(")\n");
            any = true;
        }
        if (!any) {
            md.append("None recorded in the review.\n");
        }
        if (decision.revisitOn() != null) {
            md.append("\nRevisit this decision on ").append(decision.revisitOn()).append(".\n");
        }
        return md.toString();
    }

    /** adr-tools knows Proposed, Accepted, Rejected, Deprecated, Superseded. */
    public static String status(Outcome outcome) {
        return switch (outcome) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> "Accepted";
            case REJECTED -> "Rejected";
            case NEEDS_REVISION, ESCALATED -> "Proposed";
        };
    }
}
