package dev.verdict.decision;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells "My reviews" and the history which reviews are decided, how, by whom, when and with which tags. */
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
        var tags = new HashMap<UUID, List<String>>();
        for (Object[] row : decisions.tagsOf(reviewIds)) {
            tags.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        for (Object[] row : decisions.outcomesOf(reviewIds)) {
            UUID id = (UUID) row[0];
            known.put(id, new Progress(ReviewStatus.PUBLISHING, ((Outcome) row[1]).label(), null,
                    (String) row[2], (Instant) row[3], tags.getOrDefault(id, List.of())));
        }
        return known;
    }
}
