package dev.verdict.meeting;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells "My reviews" which meetings run and which wait for their decision. */
@Component
@Transactional(readOnly = true)
class MeetingProgress implements ReviewProgress {

    private final Meetings meetings;

    MeetingProgress(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> reviewIds) {
        var known = new HashMap<UUID, Progress>();
        for (Object[] row : meetings.statusesOf(reviewIds)) {
            ReviewStatus status = switch ((MeetingStatus) row[1]) {
                case NOT_STARTED -> null;
                case RUNNING, PAUSED -> ReviewStatus.IN_PROGRESS;
                // A closed meeting has its decision, which the decision module reports further.
                case ENDED, CLOSED -> ReviewStatus.DECIDING;
            };
            if (status != null) {
                known.put((UUID) row[0], Progress.of(status));
            }
        }
        return known;
    }
}
