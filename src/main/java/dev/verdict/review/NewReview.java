package dev.verdict.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/**
 * What a moderator fills in to open a review; the caller becomes its moderator. The doc is either
 * pasted/uploaded ({@code designDoc}) or a file in a connected repository ({@code source}, read at
 * its pinned commit by the service, never taken from the browser). {@code followsReviewId} names
 * the decided review this one follows up on (null: the latest decided review of the same
 * repository file the caller is in, if any).
 */
public record NewReview(
        @NotBlank(message = "Give the review a title") @Size(max = Review.TITLE_MAX, message = "The title is longer than " + Review.TITLE_MAX + " characters") String title,
        String designDoc,
        @Valid DocReference source,
        String author,
        String decisionMaker,
        @NotNull Set<String> attendees,
        @NotNull Set<String> observers,
        @Min(value = Review.MIN_TIMEBOX, message = "The timebox is at least " + Review.MIN_TIMEBOX + " minutes")
        @Max(value = Review.MAX_TIMEBOX, message = "The timebox is at most " + Review.MAX_TIMEBOX + " minutes") int timeboxMinutes,
        @Valid ScheduledStart scheduledStart,
        UUID followsReviewId) {

    public static final int DEFAULT_TIMEBOX = 45;
    /** The longest title a review may have, in characters. */
    public static final int TITLE_MAX = Review.TITLE_MAX;

    /** A review that follows up on no review named on the form (the same doc's previous review still counts). */
    public NewReview(String title, String designDoc, DocReference source, String author, String decisionMaker,
                     Set<String> attendees, Set<String> observers, int timeboxMinutes, ScheduledStart scheduledStart) {
        this(title, designDoc, source, author, decisionMaker, attendees, observers, timeboxMinutes, scheduledStart, null);
    }

    /** A pasted doc with attendees and observers only: no author, decision maker or schedule. */
    public NewReview(String title, String designDoc, Set<String> attendees, Set<String> observers, int timeboxMinutes) {
        this(title, designDoc, null, null, null, attendees, observers, timeboxMinutes, null);
    }

    @AssertTrue(message = "The design doc is empty: paste its Markdown, upload a .md file or pick one from a repository.")
    public boolean isDocGiven() {
        return source != null || (designDoc != null && !designDoc.isBlank());
    }
}
