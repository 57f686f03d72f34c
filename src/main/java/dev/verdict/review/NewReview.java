package dev.verdict.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a moderator fills in to open a review; the caller becomes its moderator. */
public record NewReview(
        @NotBlank(message = "Give the review a title") @Size(max = Review.TITLE_MAX, message = "The title is longer than " + Review.TITLE_MAX + " characters") String title,
        @NotBlank(message = "The design doc is empty: paste its Markdown or upload a .md file.") String designDoc,
        @NotNull Set<String> attendees,
        @NotNull Set<String> observers,
        @Min(value = Review.MIN_TIMEBOX, message = "The timebox is at least " + Review.MIN_TIMEBOX + " minutes")
        @Max(value = Review.MAX_TIMEBOX, message = "The timebox is at most " + Review.MAX_TIMEBOX + " minutes") int timeboxMinutes) {

    public static final int DEFAULT_TIMEBOX = 45;
}
