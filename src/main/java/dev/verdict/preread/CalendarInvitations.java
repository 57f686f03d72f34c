package dev.verdict.preread;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import dev.verdict.shared.Mailer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A review's calendar invitation as it stands: its schedule, its team and the schedule's revision
 * (read as the system actor; callers check the member themselves). The organiser is the review's
 * first moderator; every other member with an email address is an attendee.
 */
@Component
class CalendarInvitations {

    private final ReviewService reviews;
    private final Mailer mailer;
    private final Clock clock;

    CalendarInvitations(ReviewService reviews, Mailer mailer, Clock clock) {
        this.reviews = reviews;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The .ics text, or empty when the review has no meeting date or was cancelled. */
    Optional<String> request(UUID reviewId) {
        if (CurrentUser.asSystem(() -> reviews.details(reviewId)).cancelled()) {
            return Optional.empty();
        }
        return meeting(reviewId).map(CalendarInvitation::request);
    }

    /** The invitation as a mail attachment ({@code text/calendar; method=REQUEST}). */
    Optional<Mailer.Attachment> attachment(UUID reviewId) {
        return request(reviewId).map(ics -> new Mailer.Attachment(CalendarInvitation.FILE_NAME,
                CalendarInvitation.CONTENT_TYPE, ics.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The cancellation of a cancelled review's meeting as a mail attachment ({@code text/calendar;
     * method=CANCEL}, at the SEQUENCE the cancellation counted), or empty when it had no meeting date.
     */
    Optional<Mailer.Attachment> cancellation(UUID reviewId) {
        String reason = CurrentUser.asSystem(() -> reviews.details(reviewId)).cancellation().reason();
        return meeting(reviewId).map(meeting -> new Mailer.Attachment(CalendarInvitation.FILE_NAME,
                CalendarInvitation.CANCEL_CONTENT_TYPE,
                CalendarInvitation.cancel(meeting, reason).getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<CalendarInvitation.Meeting> meeting(UUID reviewId) {
        return CurrentUser.asSystem(() -> {
            ReviewDetails review = reviews.details(reviewId);
            if (review.scheduledStart() == null) {
                return Optional.<CalendarInvitation.Meeting>empty();
            }
            Person organiser = review.members().stream().filter(m -> m.roles().contains(ReviewRole.MODERATOR))
                    .map(ReviewDetails.Member::person).findFirst().orElseThrow();
            var attendees = review.members().stream().map(ReviewDetails.Member::person)
                    .filter(p -> !p.username().equals(organiser.username())).toList();
            return Optional.of(new CalendarInvitation.Meeting(reviewId, review.title(),
                    review.scheduledStart(), review.timeboxMinutes(), reviews.scheduleSequence(reviewId), organiser,
                    attendees, mailer.link("reviews/" + reviewId), clock.instant()));
        });
    }
}
