package dev.verdict.publishing;

import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the meeting summary in Markdown. User text is written as-is: the summary is Markdown, rendered safely wherever it is shown. */
final class SummaryWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private SummaryWriter() {
    }

    static String summary(ReviewRecord record, ZoneId zone) {
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

        risks(md, room.risks());
        list(md, "Parking lot", room.parked());
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
        md.append("| Risk | Likelihood | Impact | Owner | Mitigation |\n| --- | --- | --- | --- | --- |\n");
        for (RoomState.Captured r : risks) {
            md.append("| ").append(cell(r.text())).append(" | ").append(r.likelihood().label()).append(" | ")
                    .append(r.impact().label()).append(" | ").append(r.owner() == null ? "-" : cell(r.owner().displayName()))
                    .append(" | ").append(r.mitigation() == null ? "-" : cell(r.mitigation())).append(" |\n");
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

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
