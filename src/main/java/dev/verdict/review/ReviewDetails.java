package dev.verdict.review;

import dev.verdict.identity.Person;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
        PinnedDoc pinnedDoc) {

    /** The repository file the doc was read from, at its pinned commit; null for a pasted or uploaded doc. */
    public record PinnedDoc(DocReference reference, String repositoryName) {
    }

    /** The person named decision maker when the review was opened, if anyone was. */
    public java.util.Optional<Person> decisionMaker() {
        return members.stream().filter(m -> m.role() == ReviewRole.DECISION_MAKER).map(Member::person).findFirst();
    }

    /** Why the moderator started despite readiness blockers, and who did; null when nobody had to. */
    public record ReadinessOverride(String reason, Person by) {
    }

    public record Member(Person person, ReviewRole role) {
    }

    public record AgendaEntry(int position, String title, int plannedMinutes, String sectionMarkdown) {
    }

    public Person moderator() {
        return members.stream().filter(m -> m.role() == ReviewRole.MODERATOR)
                .map(Member::person).findFirst().orElseThrow();
    }

    /** Everyone but observers: the people who can be named as decision maker. */
    public List<Person> participants() {
        return members.stream().filter(m -> m.role().participates()).map(Member::person).toList();
    }

    public boolean isParticipant(String username) {
        return participants().stream().anyMatch(p -> p.username().equals(username));
    }
}
