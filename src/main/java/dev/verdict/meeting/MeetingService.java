package dev.verdict.meeting;

import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.UserDirectory;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the room: the moderator drives the clock, everyone in the review captures what is said. */
@Service
@Transactional
public class MeetingService {

    private final Meetings meetings;
    private final Captures captures;
    private final ReviewService reviews;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(Meetings meetings, Captures captures, ReviewService reviews, UserDirectory directory,
                   ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.captures = captures;
        this.reviews = reviews;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RoomState room(UUID reviewId) {
        ReviewRole role = reviews.roleOfCaller(reviewId);
        ReviewDetails review = reviews.details(reviewId);
        Meeting meeting = meetings.findById(reviewId).orElseGet(() -> new Meeting(reviewId));
        return toState(review, meeting, role);
    }

    public void start(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Meeting meeting = meetings.findById(reviewId).orElseGet(() -> new Meeting(reviewId));
        meeting.start(clock.instant());
        meetings.save(meeting);
        events.publishEvent(new MeetingChanged(reviewId));
    }

    public void next(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Meeting meeting = existing(reviewId);
        meeting.next(clock.instant(), reviews.details(reviewId).agenda().size());
        events.publishEvent(new MeetingChanged(reviewId));
    }

    public void captureRisk(UUID reviewId, String description) {
        capture(reviewId, CaptureKind.RISK, description);
    }

    public void park(UUID reviewId, String text) {
        capture(reviewId, CaptureKind.PARKED, text);
    }

    /** Ends the meeting; called by the decision module in the transaction that records the decision. */
    public void end(UUID reviewId) {
        reviews.require(reviewId, ReviewRole.MODERATOR);
        Meeting meeting = meetings.findById(reviewId).orElseGet(() -> meetings.save(new Meeting(reviewId)));
        meeting.end(clock.instant());
        events.publishEvent(new MeetingChanged(reviewId));
    }

    private void capture(UUID reviewId, CaptureKind kind, String text) {
        reviews.require(reviewId, ReviewRole.MODERATOR, ReviewRole.ATTENDEE);
        Meeting meeting = meetings.findById(reviewId).orElseGet(() -> new Meeting(reviewId));
        if (meeting.status() == MeetingStatus.ENDED) {
            throw new MeetingStateException("The meeting has ended; nothing more can be captured");
        }
        captures.save(new Capture(reviewId, kind, text, CurrentUser.username(), meeting.currentItem(), clock.instant()));
        events.publishEvent(new MeetingChanged(reviewId));
    }

    private Meeting existing(UUID reviewId) {
        return meetings.findById(reviewId).orElseThrow(() -> new MeetingStateException("Start the meeting first"));
    }

    private RoomState toState(ReviewDetails review, Meeting meeting, ReviewRole role) {
        List<ReviewDetails.AgendaEntry> agenda = review.agenda();
        List<RoomState.Item> items = agenda.stream()
                .map(a -> new RoomState.Item(a.position(), a.title(), a.plannedMinutes(),
                        meeting.secondsUsedOn(a.position()), a.sectionMarkdown()))
                .toList();
        int planned = agenda.get(meeting.currentItem()).plannedMinutes();
        List<Capture> all = captures.findByReviewIdOrderByCapturedAt(review.id());
        return new RoomState(review.id(), review.title(), meeting.status(), role, meeting.currentItem(),
                meeting.itemEndsAt(planned),
                items, captured(all, CaptureKind.RISK, agenda), captured(all, CaptureKind.PARKED, agenda),
                meeting.startedAt(), meeting.endedAt());
    }

    private List<RoomState.Captured> captured(List<Capture> all, CaptureKind kind, List<ReviewDetails.AgendaEntry> agenda) {
        return all.stream().filter(c -> c.kind() == kind)
                .map(c -> new RoomState.Captured(c.id(), c.text(), directory.describe(c.capturedBy()),
                        agenda.get(Math.min(c.agendaPosition(), agenda.size() - 1)).title(), c.capturedAt()))
                .toList();
    }
}
