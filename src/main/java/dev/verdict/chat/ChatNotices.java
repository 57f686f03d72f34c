package dev.verdict.chat;

import dev.verdict.decision.DecisionService;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.MeetingStarted;
import dev.verdict.preread.PreReadOpened;
import dev.verdict.publishing.DecisionPublished;
import dev.verdict.publishing.PublicationService;
import dev.verdict.repository.WebLinks;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.RepositoryUnavailableException;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewService;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened in a review into messages owed to its webhooks: after the change committed
 * (Spring Modulith's event publication registry keeps the event until this ran, across a restart),
 * one outbox row per webhook, which {@link WebhookDelivery} posts. Reads the review as the system
 * actor; takes only its title, the outcome, the decision statement and links (never the doc or comments).
 */
@Component
class ChatNotices {

    private final Webhooks webhooks;
    private final ChatDeliveries deliveries;
    private final ReviewService reviews;
    private final DecisionService decisions;
    private final PublicationService publications;
    private final DocumentService documents;
    private final Clock clock;
    private final String baseUrl;

    ChatNotices(Webhooks webhooks, ChatDeliveries deliveries, ReviewService reviews, DecisionService decisions,
                PublicationService publications, DocumentService documents, Clock clock,
                @Value("${verdict.base-url:http://localhost:8080}") String baseUrl) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.reviews = reviews;
        this.decisions = decisions;
        this.publications = publications;
        this.documents = documents;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(PreReadOpened event) {
        CurrentUser.asSystem(() -> {
            ReviewDetails review = reviews.details(event.reviewId());
            owe(review, "pre-read opened", ChatMessage.of("Pre-read opened", review.title(),
                    link("reviews/" + review.id() + "/read"), new ChatMessage.Line("Moderator", event.moderatorName())));
            return null;
        });
    }

    @ApplicationModuleListener
    void on(MeetingStarted event) {
        CurrentUser.asSystem(() -> {
            ReviewDetails review = reviews.details(event.reviewId());
            owe(review, "meeting started", ChatMessage.of("Meeting starting", review.title(), link("reviews/" + review.id())));
            return null;
        });
    }

    @ApplicationModuleListener
    void on(DecisionPublished event) {
        CurrentUser.asSystem(() -> {
            ReviewDetails review = reviews.details(event.reviewId());
            var decision = decisions.decision(event.reviewId()).orElseThrow();
            owe(review, "decision published", ChatMessage.of("Decision published", review.title(), adrLink(review),
                    new ChatMessage.Line("Outcome", decision.outcome().label()),
                    new ChatMessage.Line("Decision", decision.statement())));
            return null;
        });
    }

    /** One row per webhook, unless this event was heard before (a resubmission after a crash). */
    private void owe(ReviewDetails review, String what, ChatMessage message) {
        UUID repositoryId = review.pinnedDoc() == null ? null : review.pinnedDoc().reference().repositoryId();
        String event = what + ":" + review.id();
        for (Webhooks.Target target : webhooks.of(repositoryId)) {
            if (!deliveries.existsByWebhookAndEvent(target.key(), event)) {
                deliveries.save(new ChatDelivery(target.key(), target.kind(), event, review.id(), message.subject(),
                        message.payload(target.kind()), clock.instant()));
            }
        }
    }

    /** The ADR on GitHub or GitLab at its commit; elsewhere Verdict's publication page, which shows it. */
    private String adrLink(ReviewDetails review) {
        var status = publications.status(review.id());
        if (review.pinnedDoc() != null && status.commitId() != null && status.adrPath() != null) {
            try {
                String gitUrl = documents.publishTarget(review.pinnedDoc().reference().repositoryId()).target().url().value();
                var hosted = WebLinks.blob(gitUrl, status.commitId(), status.adrPath());
                if (hosted.isPresent()) {
                    return hosted.get();
                }
            } catch (RepositoryUnavailableException e) {
                // Disconnected since: Verdict's page still shows the ADR.
            }
        }
        return link("reviews/" + review.id() + "/publication");
    }

    private String link(String path) {
        return baseUrl + "/" + path;
    }
}
