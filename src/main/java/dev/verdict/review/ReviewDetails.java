package dev.verdict.review;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Everything other modules and views may read about a review. */
public record ReviewDetails(
        UUID id,
        String title,
        String designDoc,
        int timeboxMinutes,
        Instant createdAt,
        List<Member> members,
        List<AgendaEntry> agenda,
        ReadinessOverride readinessOverride,
        boolean agendaLocked,
        ScheduledStart scheduledStart,
        PinnedDoc pinnedDoc,
        ConfirmedOverrun confirmedOverrun,
        Cancellation cancellation) {

    /** The longest reason a moderator may give for cancelling (the column's length). */
    public static final int CANCELLATION_REASON_MAX = Review.CANCELLATION_REASON_MAX;

    /** A review that goes ahead (not cancelled). */
    public ReviewDetails(UUID id, String title, String designDoc, int timeboxMinutes, Instant createdAt, List<Member> members,
                         List<AgendaEntry> agenda, ReadinessOverride readinessOverride, boolean agendaLocked,
                         ScheduledStart scheduledStart, PinnedDoc pinnedDoc, ConfirmedOverrun confirmedOverrun) {
        this(id, title, designDoc, timeboxMinutes, createdAt, members, agenda, readinessOverride, agendaLocked,
                scheduledStart, pinnedDoc, confirmedOverrun, null);
    }

    /**
     * A moderator cancelled the review before its meeting: it is read-only from then on (ADR 28).
     *
     * @param reason as the moderator wrote it, at most 2000 characters
     */
    public record Cancellation(String reason, Person by, Instant at) {

        /** "Cancelled: the vendor withdrew the offer", as every page shows the state. */
        public String label() {
            return "Cancelled: " + reason;
        }
    }

    /** Whether a moderator cancelled the review; see {@link #cancellation()} for why. */
    public boolean cancelled() {
        return cancellation != null;
    }

    /** A review whose meeting has not started over its timebox. */
    public ReviewDetails(UUID id, String title, String designDoc, int timeboxMinutes, Instant createdAt, List<Member> members,
                         List<AgendaEntry> agenda, ReadinessOverride readinessOverride, boolean agendaLocked,
                         ScheduledStart scheduledStart, PinnedDoc pinnedDoc) {
        this(id, title, designDoc, timeboxMinutes, createdAt, members, agenda, readinessOverride, agendaLocked,
                scheduledStart, pinnedDoc, null, null);
    }

    /** The moderator started the meeting with an agenda {@code minutes} over the timebox, having confirmed it. */
    public record ConfirmedOverrun(int minutes, Person by) {
    }

    /** The minutes the agenda's items add up to beyond the timebox; 0 when they fit. */
    public int agendaOverrun() {
        return Math.max(0, agenda.stream().mapToInt(AgendaEntry::plannedMinutes).sum() - timeboxMinutes);
    }

    /** The repository file the doc was read from, at its pinned commit; null for a pasted or uploaded doc. */
    public record PinnedDoc(DocReference reference, String repositoryName) {
    }

    /** The person named decision maker when the review was opened, if anyone was. */
    public Optional<Person> decisionMaker() {
        return members.stream().filter(m -> m.holds(ReviewRole.DECISION_MAKER)).map(Member::person).findFirst();
    }

    /** Why the moderator started despite readiness blockers, and who did; null when nobody had to. */
    public record ReadinessOverride(String reason, Person by) {
    }

    /**
     * One person in the review and every role they hold: small teams let the moderator decide or
     * write the doc too (see {@code Review.People} for the combinations refused).
     */
    public record Member(Person person, Set<ReviewRole> roles) {

        public Member {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("A member holds at least one role");
            }
            roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        }

        public Member(Person person, ReviewRole role) {
            this(person, EnumSet.of(role));
        }

        /** The first of the roles in {@link ReviewRole}'s order: moderator before author before decision maker. */
        public ReviewRole role() {
            return roles.iterator().next();
        }

        public boolean holds(ReviewRole role) {
            return roles.contains(role);
        }

        /** "Moderator, Decision maker". */
        public String rolesLabel() {
            return roles.stream().map(ReviewRole::label).collect(Collectors.joining(", "));
        }
    }

    public record AgendaEntry(int position, String title, int plannedMinutes, String sectionMarkdown) {
    }

    /** The first of the review's moderators by name (the commit's author); see {@link #moderators()} for all. */
    public Person moderator() {
        return moderators().getFirst();
    }

    /** Everyone who moderates the review, by name: one or more. */
    public List<Person> moderators() {
        return members.stream().filter(m -> m.holds(ReviewRole.MODERATOR)).map(Member::person).toList();
    }

    /** "Mia Moderator" or "Mia Moderator and Alice Attendee": the moderators as prose names them. */
    public String moderatorNames() {
        List<String> names = moderators().stream().map(Person::displayName).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** Everyone but observers: the people who can be named as decision maker. */
    public List<Person> participants() {
        return members.stream().filter(m -> m.role().participates()).map(Member::person).toList();
    }

    public boolean isParticipant(String username) {
        return participants().stream().anyMatch(p -> p.username().equals(username));
    }
}
