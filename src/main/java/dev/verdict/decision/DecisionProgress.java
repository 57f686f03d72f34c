package dev.verdict.decision;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells "My reviews" and the history which reviews are decided, how, by whom and when. */
@Component
@Transactional(readOnly = true)
class DecisionProgress implements ReviewProgress {

    private final DecisionRecords decisions;

    DecisionProgress(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> reviewIds) {
        var known = new HashMap<UUID, Progress>();
        for (Object[] row : decisions.outcomesOf(reviewIds)) {
            known.put((UUID) row[0], new Progress(ReviewStatus.PUBLISHING, ((Outcome) row[1]).label(), null,
                    (String) row[2], (Instant) row[3]));
        }
        return known;
    }
}
