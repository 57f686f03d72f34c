package dev.verdict.publishing;

import dev.verdict.decision.Consequence;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.RoomState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Writes an ADR in adr-tools' (Michael Nygard's) format, the one `adr new` writes. */
final class AdrWriter {

    private AdrWriter() {
    }

    static String adr(int number, ReviewRecord record, ZoneId zone) {
        var review = record.review();
        var decision = record.decision();
        var md = new StringBuilder();
        md.append("# ").append(number).append(". ").append(SummaryWriter.oneLine(review.title())).append("\n\n");
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
    static String status(Outcome outcome) {
        return switch (outcome) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> "Accepted";
            case REJECTED -> "Rejected";
            case NEEDS_REVISION, ESCALATED -> "Proposed";
        };
    }
}
