package dev.verdict.decision;

import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the meeting summary in Markdown. User text is written as-is: the summary is Markdown, rendered safely wherever it is shown. */
public final class SummaryWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private SummaryWriter() {
    }

    public static String summary(ReviewRecord record, ZoneId zone) {
        var review = record.review();
        var decision = record.decision();
        var room = record.room();
        var md = new StringBuilder();
        md.append("# Design review: ").append(oneLine(review.title())).append("\n\n");
        md.append("- Date: ").append(DATE.format(decision.decidedAt().atZone(zone))).append('\n');
        md.append("- Moderator: ").append(review.moderator().displayName()).append('\n');
        md.append("- Review id: ").append(review.id()).append("\n\n");

        md.append("## Decision\n\n");
        md.append("- Outcome: **").append(decision.outcome().label()).append("**\n");
        md.append("- Decision maker: ").append(decision.decisionMaker().displayName()).append("\n\n");
        md.append(decision.statement()).append("\n\n");
        md.append("### Rationale\n\n").append(decision.rationale()).append("\n\n");
        if (decision.conditions() != null) {
            md.append("### Conditions\n\n").append(decision.conditions()).append("\n\n");
        }
        md.append("### Alternatives considered\n\n");
        decision.alternatives().forEach(a -> md.append("- ").append(oneLine(a.name())).append(": not chosen because ")
                .append(oneLine(a.whyNot())).append('\n'));
        md.append('\n');
        md.append("### Consequences\n\n");
        for (Consequence.Kind kind : Consequence.Kind.values()) {
            for (String text : consequences(record, kind)) {
                md.append("- ").append(kind.label()).append(": ").append(oneLine(text)).append('\n');
            }
        }
        if (consequences(record, Consequence.Kind.POSITIVE).isEmpty() && consequences(record, Consequence.Kind.NEGATIVE).isEmpty()
                && consequences(record, Consequence.Kind.NEUTRAL).isEmpty()) {
            md.append("None recorded.\n");
        }
        md.append('\n');
        if (decision.revisitOn() != null) {
            md.append("Revisit on ").append(decision.revisitOn()).append(".\n\n");
        }

        md.append("## Attendees\n\n");
        for (ReviewDetails.Member m : review.members()) {
            md.append("- ").append(m.person().displayName()).append(" (").append(m.role().label()).append(")\n");
        }
        md.append('\n');

        md.append("## Agenda\n\n");
        md.append("| # | Item | Planned | Actual | Overrun |\n| --- | --- | --- | --- | --- |\n");
        for (RoomState.Item item : room.agenda()) {
            md.append("| ").append(item.position() + 1).append(" | ").append(cell(item.title()))
                    .append(item.skipped() ? " (skipped)" : "").append(" | ")
                    .append(item.plannedMinutes()).append(" min | ").append(minutes(item.usedSeconds())).append(" | ")
                    .append(item.overrunSeconds() == 0 ? "-" : minutes(item.overrunSeconds())).append(" |\n");
        }
        if (room.overtimeSeconds() > 0) {
            md.append("\nThe meeting ran ").append(minutes(room.overtimeSeconds())).append(" over its ")
                    .append(room.timeboxMinutes()).append("-minute timebox.\n");
        }
        md.append('\n');

        if (review.readinessOverride() != null) {
            md.append("## Readiness overrides\n\n");
            md.append("The review started although the doc lacked a rollback plan or failure modes. ")
                    .append(review.readinessOverride().by().displayName()).append(" gave this reason: ")
                    .append(oneLine(review.readinessOverride().reason())).append("\n\n");
        }

        preRead(md, record.preRead());
        risks(md, room.risks());
        parked(md, room.parked());
        list(md, "Open questions", room.of(CaptureKind.QUESTION));
        actions(md, room.of(CaptureKind.ACTION));
        list(md, "Decision notes", room.of(CaptureKind.NOTE));
        return md.toString();
    }

    private static void risks(StringBuilder md, List<RoomState.Captured> risks) {
        md.append("## Risks\n\n");
        if (risks.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Risk | Likelihood | Impact | Owner | Mitigation | Accepted |\n| --- | --- | --- | --- | --- | --- |\n");
        for (RoomState.Captured r : risks) {
            md.append("| ").append(cell(r.text())).append(" | ").append(r.likelihood().label()).append(" | ")
                    .append(r.impact().label()).append(" | ").append(r.owner() == null ? "-" : cell(r.owner().displayName()))
                    .append(" | ").append(r.mitigation() == null ? "-" : cell(r.mitigation())).append(" | ")
                    .append(r.accepted() ? "yes" : "no").append(" |\n");
        }
        md.append('\n');
    }

    /** The decision's consequences, with every risk the room did not accept listed as a negative one. */
    public static List<String> consequences(ReviewRecord record, Consequence.Kind kind) {
        var listed = new java.util.ArrayList<>(record.decision().consequences(kind));
        if (kind == Consequence.Kind.NEGATIVE) {
            record.room().risks().stream().filter(r -> !r.accepted())
                    .forEach(r -> listed.add("Risk: " + oneLine(r.text())
                            + (r.owner() == null ? "" : " (owner: " + r.owner().displayName() + ")")));
        }
        return listed;
    }

    private static void preRead(StringBuilder md, dev.verdict.preread.PreReadStats stats) {
        md.append("## Pre-read\n\n");
        if (stats == null || !stats.opened()) {
            md.append("No pre-read was opened for this review.\n\n");
            return;
        }
        md.append("- Read by ").append(stats.read()).append(" of ").append(stats.invited()).append(" invited\n");
        md.append("- Comments: ").append(stats.comments());
        if (stats.comments() > 0) {
            md.append(" (").append(stats.commentsByKind().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase() + (e.getValue() == 1 ? "" : "s"))
                    .collect(java.util.stream.Collectors.joining(", "))).append(')');
        }
        md.append('\n');
        md.append("- Unresolved: ").append(stats.unresolved()).append(", put on the agenda: ").append(stats.onAgenda())
                .append(", parked: ").append(stats.parked()).append("\n\n");
    }

    private static void parked(StringBuilder md, List<RoomState.Captured> items) {
        md.append("## Parking lot\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (RoomState.Captured c : items) {
            md.append("- ").append(oneLine(c.text())).append(" (").append(c.by().displayName())
                    .append(", during \"").append(oneLine(c.duringItem())).append("\") → ")
                    .append(c.disposition() == null ? "no disposition" : c.disposition().label())
                    .append(c.dispositionNote() == null ? "" : ": " + oneLine(c.dispositionNote())).append('\n');
        }
        md.append('\n');
    }

    private static void actions(StringBuilder md, List<RoomState.Captured> actions) {
        md.append("## Action items\n\n");
        if (actions.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (RoomState.Captured a : actions) {
            md.append("- [ ] ").append(oneLine(a.text())).append(" (owner: ").append(a.owner().displayName())
                    .append(", due ").append(a.dueDate()).append(")\n");
        }
        md.append('\n');
    }

    private static void list(StringBuilder md, String heading, List<RoomState.Captured> items) {
        md.append("## ").append(heading).append("\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (RoomState.Captured c : items) {
            md.append("- ").append(oneLine(c.text())).append(" (").append(c.by().displayName())
                    .append(", during \"").append(oneLine(c.duringItem())).append("\")\n");
        }
        md.append('\n');
    }

    private static String minutes(long seconds) {
        return seconds == 0 ? "-" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
