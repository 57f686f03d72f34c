package dev.verdict.history;

import java.util.List;
import java.util.UUID;

/**
 * What the index holds of one review: its title, how far it has come (to tell at start-up whether
 * the index missed a change), and each of its searchable texts.
 *
 * @param state "open" until decided, then "decided": a decided review's texts no longer change
 */
record IndexedReview(UUID reviewId, String title, String state, List<Text> texts) {

    static final String OPEN = "open";
    static final String DECIDED = "decided";

    /** @param where what the text is ("Design doc", "Pre-read comment by Alice Attendee on Rollback") */
    record Text(String where, String text) {
    }
}
