package dev.verdict.preread;

import dev.verdict.review.ReviewProgress;
import dev.verdict.review.ReviewStatus;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells "My reviews" which reviews have their pre-read open. */
@Component
@Transactional(readOnly = true)
class PreReadProgress implements ReviewProgress {

    private final PreReads preReads;

    PreReadProgress(PreReads preReads) {
        this.preReads = preReads;
    }

    @Override
    public Map<UUID, Progress> progressOf(Collection<UUID> reviewIds) {
        return preReads.openedAmong(reviewIds).stream()
                .collect(Collectors.toMap(Function.identity(), id -> Progress.of(ReviewStatus.PRE_READ_OPEN)));
    }
}
