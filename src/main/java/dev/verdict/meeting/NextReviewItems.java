package dev.verdict.meeting;

import dev.verdict.review.CarriedItems;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the review module's {@link CarriedItems}: the parked items a room sent to the next review. */
@Component
class NextReviewItems implements CarriedItems {

    private final Captures captures;

    NextReviewItems(Captures captures) {
        this.captures = captures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> forNextReview(UUID earlierReviewId) {
        return captures.findByReviewIdOrderByCapturedAt(earlierReviewId).stream()
                .filter(c -> c.kind() == CaptureKind.PARKED && c.disposition() == Disposition.NEXT_REVIEW)
                .map(Capture::text)
                .toList();
    }
}
