package dev.verdict.review;

import java.util.List;
import java.util.UUID;

/**
 * What a decided review left for the next review of its doc: the parked items the room gave the
 * disposition "next review". Implemented by the meeting module, which holds the parking lot, so
 * that opening a review can put them on its agenda without the review module knowing the room.
 */
public interface CarriedItems {

    /** The texts of the earlier review's parked items marked "next review", in the order they were parked. */
    List<String> forNextReview(UUID earlierReviewId);
}
