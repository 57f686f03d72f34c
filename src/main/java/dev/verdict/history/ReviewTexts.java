package dev.verdict.history;

import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.Consequence;
import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomState;
import dev.verdict.preread.CommentView;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Reads everything searchable of one review through the modules that own it: the title and doc,
 * the pre-read comments and replies, the captures of the meeting and the decision record. Called
 * by background work as the system actor.
 */
@Component
class ReviewTexts {

    private final ReviewService reviews;
    private final PreReadService preReads;
    private final MeetingService meetings;
    private final DecisionService decisions;

    ReviewTexts(ReviewService reviews, PreReadService preReads, MeetingService meetings, DecisionService decisions) {
        this.reviews = reviews;
        this.preReads = preReads;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    IndexedReview read(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId);
        var texts = new ArrayList<IndexedReview.Text>();
        texts.add(new IndexedReview.Text("Title", review.title()));
        sections(review.designDoc()).forEach((title, text) -> texts.add(new IndexedReview.Text(
                title.isEmpty() ? "Design doc" : "Design doc · " + title, text)));
        for (CommentView comment : preReads.comments(reviewId)) {
            Stream.concat(Stream.of(comment), comment.replies().stream()).forEach(c -> texts.add(new IndexedReview.Text(
                    (c == comment ? "Pre-read comment by " : "Reply by ") + c.author().displayName()
                            + (comment.section() == null ? "" : " on " + comment.section()),
                    joined(c.body(), c.resolutionNote()))));
        }
        for (RoomState.Captured capture : meetings.room(reviewId).captures()) {
            texts.add(new IndexedReview.Text(capture.kind().label() + " by " + capture.by().displayName(),
                    joined(capture.text(), capture.mitigation(), capture.dispositionNote())));
        }
        var decision = decisions.decision(reviewId);
        decision.ifPresent(d -> texts.add(new IndexedReview.Text("Decision record", record(d))));
        return new IndexedReview(reviewId, review.title(), decision.isPresent() ? IndexedReview.DECIDED : IndexedReview.OPEN,
                List.copyOf(texts));
    }

    private static String record(Decision d) {
        return joined(d.statement(), d.rationale(),
                d.alternatives().stream().map(AlternativeConsidered::name).collect(Collectors.joining("\n")),
                d.alternatives().stream().map(AlternativeConsidered::whyNot).collect(Collectors.joining("\n")),
                d.consequences().stream().map(Consequence::text).collect(Collectors.joining("\n")),
                d.conditions());
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    /**
     * The doc's sections by heading title, in order ("" for what comes before the first heading),
     * each without its heading line: a passage found then names its section and shows no "##".
     */
    static Map<String, String> sections(String doc) {
        var sections = new LinkedHashMap<String, String>();
        String title = "";
        var text = new StringBuilder();
        boolean fenced = false;
        for (String line : doc.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            }
            Matcher heading = fenced ? null : HEADING.matcher(line);
            if (heading != null && heading.matches()) {
                add(sections, title, text);
                title = heading.group(2);
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        add(sections, title, text);
        return sections;
    }

    private static void add(Map<String, String> sections, String title, StringBuilder text) {
        if (!text.isEmpty() && !text.toString().isBlank()) {
            sections.merge(title, text.toString().strip(), (a, b) -> a + "\n\n" + b);
        }
    }

    /** The non-blank texts, a paragraph each: the highlighter's passages never run from one into the next. */
    private static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining("\n\n"));
    }
}
