package dev.verdict.review;

import dev.verdict.agenda.AgendaPlanner;
import dev.verdict.agenda.Readiness;
import dev.verdict.agenda.ReadinessCheck;
import dev.verdict.identity.CurrentUser;
import dev.verdict.identity.Person;
import dev.verdict.identity.UserDirectory;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Opens reviews and answers who may do what in them. */
@Service
@Validated
@Transactional(readOnly = true)
public class ReviewService {

    private final Reviews reviews;
    private final AgendaPlanner planner;
    private final ReadinessCheck readinessCheck;
    /** A review's doc never changes once opened, so neither does its readiness: checked once, not per screen refresh. */
    private final java.util.Map<UUID, Readiness> readinessByReview = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<UUID, Readiness> eldest) {
                    return size() > 256;
                }
            });
    private final UserDirectory directory;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewService(Reviews reviews, AgendaPlanner planner, ReadinessCheck readinessCheck, UserDirectory directory,
                  Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.reviews = reviews;
        this.planner = planner;
        this.readinessCheck = readinessCheck;
        this.directory = directory;
        this.clock = clock;
    }

    /** Opens a review with the caller as moderator; the agenda is planned from the doc's sections. */
    @Transactional
    public UUID open(@Valid NewReview request) {
        String moderator = CurrentUser.username();
        Stream.concat(request.attendees().stream(), request.observers().stream())
                .filter(u -> directory.find(u).isEmpty())
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidReviewException("Unknown person: " + u);
                });
        String doc = DesignDoc.check(request.designDoc());
        var review = new Review(UUID.randomUUID(), request.title(), doc, request.timeboxMinutes(), moderator,
                Set.copyOf(request.attendees()), Set.copyOf(request.observers()),
                planner.plan(doc, request.timeboxMinutes()), clock.instant());
        return reviews.save(review).id();
    }

    /** The reviews the caller belongs to, newest first. */
    public List<ReviewSummary> mine() {
        String me = CurrentUser.username();
        return reviews.findByMember(me).stream()
                .map(r -> new ReviewSummary(r.id(), r.title(), r.roleOf(me).orElseThrow(), r.timeboxMinutes(),
                        r.agenda().size(), r.createdAt()))
                .toList();
    }

    public ReviewDetails details(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return toDetails(review);
    }

    /** The caller's role in the review; refuses anyone outside it. */
    public ReviewRole roleOfCaller(UUID reviewId) {
        return requireMember(load(reviewId));
    }

    /** Refuses the call unless the caller holds one of the roles (the system actor always may). */
    public void require(UUID reviewId, ReviewRole... allowed) {
        if (CurrentUser.isSystem()) {
            load(reviewId);
            return;
        }
        ReviewRole role = roleOfCaller(reviewId);
        if (!List.of(allowed).contains(role)) {
            throw new AccessDeniedException("As " + role.label().toLowerCase() + " you cannot do this in this review");
        }
    }

    /** The moderator's edited agenda replaces the planned one; the total may differ from the timebox. */
    @Transactional
    public void replanAgenda(UUID reviewId, List<@Valid AgendaItemDraft> items) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).replan(items);
        events.publishEvent(new AgendaChanged(reviewId));
    }

    /** Called when the meeting starts: the agenda is fixed from then on. */
    @Transactional
    public void lockAgenda(UUID reviewId) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).lockAgenda();
    }

    /** How the doc measures up to the gold-standard design-doc sections. */
    public Readiness readiness(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        return readinessOf(review);
    }

    /** The moderator lets the meeting start despite readiness blockers, with a reason the summary records. */
    @Transactional
    public void overrideReadiness(UUID reviewId, String reason) {
        require(reviewId, ReviewRole.MODERATOR);
        load(reviewId).overrideReadiness(reason, CurrentUser.username(), clock.instant());
    }

    /** Refuses to start a review whose doc lacks a rollback plan or failure modes, unless overridden. */
    public void requireReadyToStart(UUID reviewId) {
        Review review = load(reviewId);
        requireMember(review);
        if (review.readinessOverride() != null) {
            return;
        }
        Readiness readiness = readinessOf(review);
        if (readiness.blocksStart()) {
            throw new NotReadyException(readiness.blockers());
        }
    }

    private Readiness readinessOf(Review review) {
        return readinessByReview.computeIfAbsent(review.id(), id -> readinessCheck.check(review.designDoc()));
    }

    /** People who can be invited. */
    public List<Person> people() {
        CurrentUser.username();
        return directory.everyone();
    }

    private Review load(UUID reviewId) {
        return reviews.findById(reviewId)
                .orElseThrow(() -> new AccessDeniedException("No such review, or it is not yours"));
    }

    private ReviewRole requireMember(Review review) {
        if (CurrentUser.isSystem()) {
            return ReviewRole.OBSERVER;
        }
        return review.roleOf(CurrentUser.username())
                .orElseThrow(() -> new AccessDeniedException("No such review, or it is not yours"));
    }

    private ReviewDetails toDetails(Review review) {
        List<ReviewDetails.Member> members = review.members().stream()
                .map(m -> new ReviewDetails.Member(directory.describe(m.username()), m.role()))
                .sorted(Comparator.comparing((ReviewDetails.Member m) -> m.role())
                        .thenComparing(m -> m.person().displayName()))
                .toList();
        List<AgendaSlot> slots = review.agenda();
        List<ReviewDetails.AgendaEntry> agenda = java.util.stream.IntStream.range(0, slots.size())
                .mapToObj(i -> new ReviewDetails.AgendaEntry(i, slots.get(i).title(), slots.get(i).plannedMinutes(),
                        slots.get(i).sectionMarkdown()))
                .toList();
        var override = review.readinessOverride() == null ? null
                : new ReviewDetails.ReadinessOverride(review.readinessOverride(), directory.describe(review.readinessOverrideBy()));
        return new ReviewDetails(review.id(), review.title(), review.designDoc(), review.timeboxMinutes(),
                review.createdAt(), members, agenda, override, review.agendaLocked());
    }
}
