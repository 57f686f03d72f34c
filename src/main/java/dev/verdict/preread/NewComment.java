package dev.verdict.preread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A comment on one section of the doc, optionally quoting a passage of it. */
public record NewComment(
        @NotBlank(message = "Pick the section the comment is about") @Size(max = 300) String section,
        @Size(max = 2000, message = "Keep the quote under 2 000 characters") String quote,
        @NotNull(message = "Pick what kind of comment it is") CommentKind kind,
        @NotBlank(message = "Write the comment first: an empty comment says nothing")
        @Size(max = 10_000, message = "A comment is limited to 10 000 characters") String body) {
}
