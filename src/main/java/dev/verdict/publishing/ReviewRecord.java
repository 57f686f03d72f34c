package dev.verdict.publishing;

import dev.verdict.decision.Decision;
import dev.verdict.meeting.RoomState;
import dev.verdict.review.ReviewDetails;

/** Everything the summary and the ADR are written from. */
record ReviewRecord(ReviewDetails review, RoomState room, Decision decision) {
}
