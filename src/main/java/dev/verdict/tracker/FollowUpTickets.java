package dev.verdict.tracker;

import dev.verdict.decision.Decision;
import dev.verdict.decision.DecisionService;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomState;
import dev.verdict.publishing.DecisionPublished;
import dev.verdict.publishing.PublicationService;
import dev.verdict.publishing.PublicationStatus;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.repository.WebLinks;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Owes one ticket per follow-up item once a decision is published: every action item, and every
 * parked item disposed as a follow-up action or a separate design doc. Runs after the publication
 * committed (the event publication registry keeps the event until this ran, across a restart) and
 * writes only outbox rows, one per item for the tracker of the repository the doc came from;
 * {@link TicketDelivery} files them. The decision and its commit never wait for a tracker.
 */
@Component
class FollowUpTickets {

    /** Parked items that become work to track; "next review" and "dropped" do not. */
    static final Set<Disposition> TRACKED = Set.of(Disposition.FOLLOW_UP_ACTION, Disposition.SEPARATE_DESIGN_DOC);

    private final Trackers trackers;
    private final Tickets tickets;
    private final ReviewService reviews;
    private final MeetingService meetings;
    private final DecisionService decisions;
    private final PublicationService publications;
    private final DocumentService documents;
    private final Clock clock;
    private final String baseUrl;

    FollowUpTickets(Trackers trackers, Tickets tickets, ReviewService reviews, MeetingService meetings,
                    DecisionService decisions, PublicationService publications, DocumentService documents, Clock clock,
                    @Value("${verdict.base-url:http://localhost:8080}") String baseUrl) {
        this.trackers = trackers;
        this.tickets = tickets;
        this.reviews = reviews;
        this.meetings = meetings;
        this.decisions = decisions;
        this.publications = publications;
        this.documents = documents;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(DecisionPublished event) {
        CurrentUser.asSystem(() -> {
            owe(event.reviewId());
            return null;
        });
    }

    /** Writes the rows owed for a published review; an item already owed (an event heard twice) is skipped. */
    void owe(UUID reviewId) {
        ReviewDetails review = reviews.details(reviewId);
        if (review.pinnedDoc() == null) {
            return;
        }
        UUID repositoryId = review.pinnedDoc().reference().repositoryId();
        Optional<Tracker> tracker = trackers.findByRepositoryId(repositoryId);
        if (tracker.isEmpty()) {
            return;
        }
        Decision decision = decisions.decision(reviewId).orElseThrow();
        RoomState room = meetings.room(reviewId);
        String links = links(review, repositoryId, publications.status(reviewId));
        String decided = " (decided " + decision.decidedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ", "
                + decision.outcome().label().toLowerCase() + ")";
        boolean markdown = tracker.get().kind() != TrackerKind.JIRA_CLOUD && tracker.get().kind() != TrackerKind.JIRA_DATA_CENTER;
        for (RoomState.Captured action : room.of(CaptureKind.ACTION)) {
            String body = "Action item from the design review “" + text(review.title(), markdown) + "”" + decided + ":\n\n"
                    + text(action.text(), markdown) + "\n\n" + links;
            owe(tracker.get(), reviewId, action, body);
        }
        for (RoomState.Captured parked : room.of(CaptureKind.PARKED)) {
            if (parked.disposition() != null && TRACKED.contains(parked.disposition())) {
                String body = "Parked in the design review “" + text(review.title(), markdown) + "”" + decided
                        + " and disposed as " + parked.disposition().label().toLowerCase()
                        + (parked.dispositionNote() == null || parked.dispositionNote().isBlank() ? ""
                        : ": " + text(parked.dispositionNote(), markdown)) + "\n\n" + text(parked.text(), markdown) + "\n\n" + links;
                owe(tracker.get(), reviewId, parked, body);
            }
        }
    }

    private void owe(Tracker tracker, UUID reviewId, RoomState.Captured item, String body) {
        if (tickets.existsByTrackerIdAndItemId(tracker.id(), item.id())) {
            return;
        }
        String title = item.text().replaceAll("\\s+", " ").strip();
        tickets.save(new Ticket(tracker.id(), reviewId, item.id(), title, body,
                item.owner() == null ? null : item.owner().username(),
                item.owner() == null ? null : item.owner().displayName(), item.dueDate(), clock.instant()));
    }

    /** The ADR and the summary on GitHub or GitLab at the commit, else their paths and the commit; and Verdict's page. */
    private String links(ReviewDetails review, UUID repositoryId, PublicationStatus publication) {
        String gitUrl = null;
        try {
            gitUrl = documents.publishTarget(repositoryId).target().url().value();
        } catch (RepositoryUnavailableException e) {
            // Disconnected since: the paths and the commit still say where to look.
        }
        String at = " (commit " + publication.commitId() + (publication.destination() == null ? "" : " in "
                + publication.destination()) + ")";
        String adr = WebLinks.blob(gitUrl, publication.commitId(), publication.adrPath()).orElse(publication.adrPath() + at);
        String summary = WebLinks.blob(gitUrl, publication.commitId(), publication.summaryPath())
                .orElse(publication.summaryPath() + at);
        return "ADR: " + adr + "\nMeeting summary: " + summary + "\nIn Verdict: " + baseUrl + "/reviews/" + review.id()
                + "/publication";
    }

    /** A person's text for a Markdown body: an HTML comment or tag cannot open, so no one can forge a marker. */
    private static String text(String text, boolean markdown) {
        String kept = text == null ? "" : text.strip();
        return markdown ? kept.replace("<", "&lt;") : kept;
    }
}
