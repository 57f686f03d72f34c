package dev.verdict.decision;

import dev.verdict.repository.AdrConvention;
import dev.verdict.meeting.RoomState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes the ADR in the repository's convention: adr-tools' (Michael Nygard's) format as `adr new`
 * writes it, MADR 4 with its front matter and sections, or log4brains' template with its bullet
 * metadata. Decision makers, consulted and informed come from the meeting's roles.
 */
public final class AdrWriter {

    private AdrWriter() {
    }

    public static String adr(AdrConvention convention, int number, ReviewRecord record, ZoneId zone) {
        return switch (convention) {
            case ADR_TOOLS -> adr(number, record, zone);
            case MADR -> madr(record, zone);
            case LOG4BRAINS -> log4brains(record, zone);
        };
    }

    /** MADR 4: front matter, then context, considered options, decision outcome and consequences. */
    public static String madr(ReviewRecord record, ZoneId zone) {
        var decision = record.decision();
        var md = new StringBuilder();
        md.append("---\n");
        md.append("status: ").append(madrStatus(decision.outcome())).append('\n');
        md.append("date: ").append(date(record, zone)).append('\n');
        md.append("decision-makers: ").append(yaml(decision.decisionMaker().displayName())).append('\n');
        md.append("consulted: ").append(yaml(String.join(", ", consulted(record)))).append('\n');
        md.append("informed: ").append(yaml(String.join(", ", informed(record)))).append('\n');
        md.append("---\n\n");
        md.append("# ").append(SummaryWriter.oneLine(record.review().title())).append("\n\n");
        md.append("## Context and Problem Statement\n\n").append(context(record)).append("\n\n");
        md.append("## Considered Options\n\n");
        md.append("* ").append(SummaryWriter.oneLine(decision.statement())).append('\n');
        decision.alternatives().forEach(a -> md.append("* ").append(SummaryWriter.oneLine(a.name())).append('\n'));
        md.append("\n## Decision Outcome\n\n");
        md.append("Chosen option: \"").append(SummaryWriter.oneLine(decision.statement())).append("\", because ")
                .append(SummaryWriter.oneLine(decision.rationale())).append("\n");
        if (decision.conditions() != null) {
            md.append("\nConditions: ").append(SummaryWriter.oneLine(decision.conditions())).append('\n');
        }
        md.append("\n### Consequences\n\n");
        SummaryWriter.consequences(record, Consequence.Kind.POSITIVE).forEach(c -> md.append("* Good, because ").append(SummaryWriter.oneLine(c)).append('\n'));
        SummaryWriter.consequences(record, Consequence.Kind.NEGATIVE).forEach(c -> md.append("* Bad, because ").append(SummaryWriter.oneLine(c)).append('\n'));
        SummaryWriter.consequences(record, Consequence.Kind.NEUTRAL).forEach(c -> md.append("* Neutral, because ").append(SummaryWriter.oneLine(c)).append('\n'));
        md.append("\n## Pros and Cons of the Options\n\n");
        decision.alternatives().forEach(a -> md.append("### ").append(SummaryWriter.oneLine(a.name())).append("\n\n* Bad, because ")
                .append(SummaryWriter.oneLine(a.whyNot())).append("\n\n"));
        md.append("## More Information\n\nDecided in design review ").append(record.review().id());
        if (decision.revisitOn() != null) {
            md.append("; revisit on ").append(decision.revisitOn());
        }
        md.append(".\n");
        return md.toString();
    }

    /** log4brains' template: bullet metadata under the title, then MADR-style sections. */
    public static String log4brains(ReviewRecord record, ZoneId zone) {
        var decision = record.decision();
        var md = new StringBuilder();
        md.append("# ").append(SummaryWriter.oneLine(record.review().title())).append("\n\n");
        md.append("- Status: ").append(madrStatus(decision.outcome())).append('\n');
        md.append("- Deciders: ").append(decision.decisionMaker().displayName()).append('\n');
        md.append("- Date: ").append(date(record, zone)).append('\n');
        md.append("- Tags: design-review\n\n");
        md.append("## Context and Problem Statement\n\n").append(context(record)).append("\n\n");
        md.append("## Considered Options\n\n");
        md.append("- ").append(SummaryWriter.oneLine(decision.statement())).append('\n');
        decision.alternatives().forEach(a -> md.append("- ").append(SummaryWriter.oneLine(a.name())).append('\n'));
        md.append("\n## Decision Outcome\n\n");
        md.append("Chosen option: \"").append(SummaryWriter.oneLine(decision.statement())).append("\", because ")
                .append(SummaryWriter.oneLine(decision.rationale())).append(".\n");
        if (decision.conditions() != null) {
            md.append("\nConditions: ").append(SummaryWriter.oneLine(decision.conditions())).append('\n');
        }
        md.append("\n### Positive Consequences\n\n");
        bullets(md, SummaryWriter.consequences(record, Consequence.Kind.POSITIVE));
        md.append("\n### Negative Consequences\n\n");
        bullets(md, SummaryWriter.consequences(record, Consequence.Kind.NEGATIVE));
        md.append("\n## Pros and Cons of the Options\n\n");
        decision.alternatives().forEach(a -> md.append("### ").append(SummaryWriter.oneLine(a.name())).append("\n\n- Bad, because ")
                .append(SummaryWriter.oneLine(a.whyNot())).append("\n\n"));
        md.append("## Links\n\n- Consulted: ").append(String.join(", ", consulted(record)))
                .append("\n- Informed: ").append(String.join(", ", informed(record))).append('\n');
        return md.toString();
    }

    private static void bullets(StringBuilder md, java.util.List<String> items) {
        if (items.isEmpty()) {
            md.append("- None recorded\n");
        }
        items.forEach(i -> md.append("- ").append(SummaryWriter.oneLine(i)).append('\n'));
    }

    private static String context(ReviewRecord record) {
        return "Design review \"" + SummaryWriter.oneLine(record.review().title()) + "\", moderated by "
                + record.review().moderator().displayName() + " (outcome: "
                + record.decision().outcome().label().toLowerCase() + ").";
    }

    private static String date(ReviewRecord record, ZoneId zone) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(record.decision().decidedAt().atZone(zone));
    }

    /** Everyone taking part other than the decision maker: moderator, author, attendees. */
    public static java.util.List<String> consulted(ReviewRecord record) {
        String maker = record.decision().decisionMaker().username();
        return record.review().members().stream()
                .filter(m -> m.role().participates() && !m.person().username().equals(maker))
                .map(m -> m.person().displayName()).toList();
    }

    public static java.util.List<String> informed(ReviewRecord record) {
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
        var review = record.review();
        var decision = record.decision();
        var md = new StringBuilder();
        // Before the commit the number is not known yet (a download while waiting): the title stands alone.
        md.append("# ").append(number > 0 ? number + ". " : "").append(SummaryWriter.oneLine(review.title())).append("\n\n");
        md.append("Date: ").append(DateTimeFormatter.ISO_LOCAL_DATE.format(decision.decidedAt().atZone(zone))).append("\n\n");
        md.append("## Status\n\n").append(status(decision.outcome())).append("\n\n");
        md.append("## Context\n\n");
        md.append("Design review \"").append(SummaryWriter.oneLine(review.title())).append("\", moderated by ")
                .append(review.moderator().displayName()).append(" and decided by ")
                .append(decision.decisionMaker().displayName()).append(" (outcome: ")
                .append(decision.outcome().label().toLowerCase()).append(").\n\n");
        md.append(decision.rationale()).append("\n\n");
        md.append("## Decision\n\n").append(decision.statement()).append("\n\n");
        if (decision.conditions() != null) {
            md.append("Conditions: ").append(SummaryWriter.oneLine(decision.conditions())).append("\n\n");
        }
        md.append("Alternatives considered:\n\n");
        decision.alternatives().forEach(alt -> md.append("- ").append(SummaryWriter.oneLine(alt.name()))
                .append(": not chosen because ").append(SummaryWriter.oneLine(alt.whyNot())).append('\n'));
        md.append('\n');
        md.append("## Consequences\n\n");
        boolean any = false;
        for (Consequence.Kind kind : Consequence.Kind.values()) {
            for (String text : SummaryWriter.consequences(record, kind)) {
                md.append("- ").append(kind.label()).append(": ").append(SummaryWriter.oneLine(text)).append('\n');
                any = true;
            }
        }
        for (RoomState.Captured action : record.room().of(dev.verdict.meeting.CaptureKind.ACTION)) {
            md.append("- Follow-up: ").append(SummaryWriter.oneLine(action.text())).append(" (")
                    .append(action.owner().displayName()).append(", due ").append(action.dueDate()).append(")\n");
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
