package dev.verdict.decision;

import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewDetails;

/** Everything the summary and the ADR are written from. */
public record ReviewRecord(ReviewDetails review, RoomState room, Decision decision, dev.verdict.preread.PreReadStats preRead) {

    public ReviewRecord(ReviewDetails review, RoomState room, Decision decision) {
        this(review, room, decision, dev.verdict.preread.PreReadStats.none());
    }
}
