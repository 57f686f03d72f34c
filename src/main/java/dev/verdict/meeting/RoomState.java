package dev.verdict.meeting;

import dev.verdict.identity.Person;
import dev.verdict.review.ReviewRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What everyone in the room sees, computed at one instant from the persisted clock. */
public record RoomState(
        UUID reviewId,
        String title,
        MeetingStatus status,
        ReviewRole myRole,
        int currentItem,
        Instant itemEndsAt,
        List<Item> agenda,
        List<Captured> risks,
        List<Captured> parked,
        Instant startedAt,
        Instant endedAt) {

    public record Item(int position, String title, int plannedMinutes, long secondsUsed, String sectionMarkdown) {
    }

    public record Captured(UUID id, String text, Person by, String duringItem, Instant at) {
    }

    public Item current() {
        return agenda.get(currentItem);
    }

    /** Seconds left on the current item at that instant; negative once it overran. */
    public long secondsLeftAt(Instant now) {
        return itemEndsAt == null ? current().plannedMinutes() * 60L
                : java.time.Duration.between(now, itemEndsAt).toSeconds();
    }

    public boolean isLastItem() {
        return currentItem == agenda.size() - 1;
    }
}
