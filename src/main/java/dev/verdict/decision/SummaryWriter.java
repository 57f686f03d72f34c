package dev.verdict.decision;

import static dev.verdict.shared.InlineMarkdown.escape;

import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.PreReadStats;
import dev.verdict.review.ReviewDetails;
import dev.verdict.shared.InlineMarkdown;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the meeting summary in Markdown. Everything a person typed is escaped
 * ({@link InlineMarkdown}), so it reads back as typed wherever the file is shown; the file lints
 * clean with markdownlint's default rules (line length aside) and ends with one newline.
 */
public final class SummaryWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String RISK = "Risk: ";

    private SummaryWriter() {
    }

    public static String summary(ReviewRecord record, ZoneId zone) {
        return summary(record, zone, RecordLinks.NONE);
    }

    public static String summary(ReviewRecord record, ZoneId zone, RecordLinks links) {
        var review = record.review();
        var decision = record.decision();
        var room = record.room();
        var md = new StringBuilder();
        md.append("# Design review: ").append(escape(review.title())).append("\n\n");
        md.append("- Date: ").append(DATE.format(decision.decidedAt().atZone(zone))).append('\n');
        md.append(review.moderators().size() == 1 ? "- Moderator: " : "- Moderators: ")
                .append(escape(review.moderatorNames())).append('\n');
        if (links.doc() != null) {
            md.append("- Design doc: ").append(links.doc()).append('\n');
        }
        if (links.adrPath() != null && links.summaryPath() != null) {
            String adrFile = links.adrPath().substring(links.adrPath().lastIndexOf('/') + 1);
            md.append("- ADR: [").append(escape(adrFile)).append("](")
                    .append(RecordLinks.relative(links.summaryPath(), links.adrPath())).append(")\n");
        }
        md.append("- Review id: ").append(review.id()).append("\n\n");

        md.append("## Decision\n\n");
        md.append("- Outcome: **").append(decision.outcome().label()).append("**\n");
        md.append("- Decision maker: ").append(escape(decision.decisionMaker().displayName())).append('\n');
        if (!decision.tags().isEmpty()) {
            // Tags are words of a-z, 0-9 and hyphens (DecisionTags): nothing in them to escape.
            md.append("- Tags: ").append(String.join(", ", decision.tags())).append('\n');
        }
        md.append('\n');
        md.append(Prose.paragraphs(decision.statement())).append("\n\n");
        md.append("### Rationale\n\n").append(Prose.paragraphs(decision.rationale())).append("\n\n");
        if (decision.conditions() != null) {
            md.append("### Conditions\n\n").append(Prose.paragraphs(decision.conditions())).append("\n\n");
        }
        md.append("### Alternatives considered\n\n");
        decision.alternatives().forEach(a -> md.append(whyNot(a)).append('\n'));
        md.append('\n');
        md.append("### Consequences\n\n");
        for (Consequence.Kind kind : Consequence.Kind.values()) {
            for (String text : consequences(record, kind)) {
                md.append("- ").append(labelled(kind, text)).append('\n');
            }
        }
        if (noConsequences(record)) {
            md.append("None recorded.\n");
        }
        md.append('\n');
        if (decision.revisitOn() != null) {
            md.append("Revisit on ").append(decision.revisitOn()).append(".\n\n");
        }

        md.append("## Attendees\n\n");
        for (ReviewDetails.Member m : review.members()) {
            md.append("- ").append(escape(m.person().displayName())).append(" (").append(m.rolesLabel()).append(")\n");
        }
        md.append('\n');

        md.append("## Agenda\n\n");
        md.append("| # | Item | Planned | Actual | Overrun |\n| --- | --- | --- | --- | --- |\n");
        for (RoomState.Item item : room.agenda()) {
            md.append("| ").append(item.position() + 1).append(" | ").append(InlineMarkdown.cell(item.title()))
                    .append(item.skipped() ? " (skipped)" : "").append(" | ")
                    .append(item.plannedMinutes()).append(" min | ").append(minutes(item.usedSeconds())).append(" | ")
                    .append(item.overrunSeconds() == 0 ? "-" : minutes(item.overrunSeconds())).append(" |\n");
        }
        if (review.confirmedOverrun() != null) {
            md.append("\nThe agenda was planned ").append(review.confirmedOverrun().minutes()).append(" min over the ")
                    .append(review.timeboxMinutes()).append("-minute timebox; ")
                    .append(escape(review.confirmedOverrun().by().displayName()))
                    .append(" confirmed the overrun when starting the meeting.\n");
        }
        if (room.overtimeSeconds() > 0) {
            md.append("\nThe meeting ran ").append(minutes(room.overtimeSeconds())).append(" over its ")
                    .append(room.timeboxMinutes()).append("-minute timebox.\n");
        }
        md.append('\n');

        if (review.readinessOverride() != null) {
            md.append("## Readiness overrides\n\n");
            md.append("The review started although the doc lacked a rollback plan or failure modes. ")
                    .append(escape(review.readinessOverride().by().displayName())).append(" gave this reason: ")
                    .append(escape(Prose.sentence(review.readinessOverride().reason()))).append("\n\n");
        }

        preRead(md, record.preRead());
        risks(md, room.risks());
        parked(md, room.parked());
        list(md, "Open questions", room.of(CaptureKind.QUESTION));
        actions(md, room.of(CaptureKind.ACTION));
        list(md, "Decision notes", room.of(CaptureKind.NOTE));
        // markdownlint MD012/MD047: one newline at the end, no blank line after it.
        return md.toString().stripTrailing() + "\n";
    }

    /** An alternative and why it was not chosen: {@code - Batch every minute: not chosen because load spikes.} */
    static String whyNot(AlternativeConsidered alternative) {
        return "- " + escape(alternative.name()) + ": not chosen because " + Prose.because(alternative.whyNot());
    }

    private static void risks(StringBuilder md, List<RoomState.Captured> risks) {
        md.append("## Risks\n\n");
        if (risks.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Risk | Likelihood | Impact | Owner | Mitigation | Accepted |\n| --- | --- | --- | --- | --- | --- |\n");
        for (RoomState.Captured r : risks) {
            md.append("| ").append(InlineMarkdown.cell(Prose.unlabelled("Risk", r.text()))).append(" | ")
                    .append(r.likelihood().label()).append(" | ").append(r.impact().label()).append(" | ")
                    .append(r.owner() == null ? "-" : InlineMarkdown.cell(r.owner().displayName())).append(" | ")
                    .append(r.mitigation() == null ? "-" : InlineMarkdown.cell(r.mitigation())).append(" | ")
                    .append(r.accepted() ? "yes" : "no").append(" |\n");
        }
        md.append('\n');
    }

    /**
     * The decision's consequences as typed (not escaped), with every risk the room did not accept
     * listed as a negative one: {@code Risk: <text without its own "Risk" label> (owner: <name>)}.
     */
    public static List<String> consequences(ReviewRecord record, Consequence.Kind kind) {
        var listed = new ArrayList<>(record.decision().consequences(kind).stream()
                .map(text -> Prose.unlabelled(kind.label(), text)).toList());
        if (kind == Consequence.Kind.NEGATIVE) {
            record.room().risks().stream().filter(r -> !r.accepted())
                    .forEach(r -> listed.add(RISK + Prose.unlabelled("Risk", r.text())
                            + (r.owner() == null ? "" : " (owner: " + r.owner().displayName() + ")")));
        }
        return listed;
    }

    /** {@code Negative: costs more}; an open risk keeps its own label alone ({@code Risk: …}), not "Negative: Risk: …". */
    static String labelled(Consequence.Kind kind, String text) {
        return text.startsWith(RISK) ? Prose.labelled("Risk", text) : Prose.labelled(kind.label(), text);
    }

    static boolean noConsequences(ReviewRecord record) {
        for (Consequence.Kind kind : Consequence.Kind.values()) {
            if (!consequences(record, kind).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void preRead(StringBuilder md, PreReadStats stats) {
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
                    .collect(Collectors.joining(", "))).append(')');
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
            md.append("- ").append(escape(c.text())).append(" (").append(escape(c.by().displayName())).append(", ")
                    .append(when(c)).append(") → ")
                    .append(c.disposition() == null ? "no disposition" : c.disposition().label())
                    .append(c.dispositionNote() == null ? "" : ": " + escape(c.dispositionNote())).append('\n');
        }
        md.append('\n');
    }

    /** {@code during "Problem"} for an agenda item; {@code before the meeting} for a pre-read comment parked. */
    private static String when(RoomState.Captured c) {
        return c.duringItem() == null ? "before the meeting" : "during " + Prose.quoted(c.duringItem());
    }

    private static void actions(StringBuilder md, List<RoomState.Captured> actions) {
        md.append("## Action items\n\n");
        if (actions.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        for (RoomState.Captured a : actions) {
            md.append("- [ ] ").append(escape(a.text())).append(" (owner: ").append(escape(a.owner().displayName()))
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
            md.append("- ").append(escape(c.text())).append(" (").append(escape(c.by().displayName())).append(", ")
                    .append(when(c)).append(")\n");
        }
        md.append('\n');
    }

    private static String minutes(long seconds) {
        return seconds == 0 ? "-" : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public static String oneLine(String text) {
        return Prose.oneLine(text);
    }
}
