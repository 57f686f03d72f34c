package dev.verdict.meeting;

import dev.verdict.agenda.Readiness;
import dev.verdict.identity.CurrentUser;
import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * One read of a review's room per committed change, shared by every screen that shows it. When a
 * capture lands, ten open screens refresh at once; without this each would run the same queries
 * and build the same lists. What differs per screen (the caller's role, which items are theirs to
 * edit, the time left now) is derived from the shared read by {@link MeetingService#liveRoom}.
 *
 * <p>A change removes the review's entry after its transaction committed and before the screens
 * hear of it, so the next read sees the change. Screens that ask while a read is under way wait
 * for that read instead of starting their own.
 */
@Component
class RoomSnapshots {

    /** A room nobody looked at for this long is dropped. */
    static final Duration IDLE = Duration.ofMinutes(5);

    /**
     * A read is used for at most this long, however often screens ask: another instance of
     * Verdict on the same database changes the room without this one hearing of it, and a
     * reload must then show the change within seconds.
     */
    static final Duration MAX_AGE = Duration.ofSeconds(3);

    /**
     * The role-independent part of the room.
     *
     * @param meeting a detached copy, read only: never saved, never changed
     */
    record SharedRoom(ReviewDetails review, Meeting meeting, List<SharedCapture> captures,
                      Map<String, ReviewRole> roles, Readiness readiness) {

        /** The caller's role; the system actor reads as an observer; anyone else is refused. */
        ReviewRole roleOfCaller() {
            if (CurrentUser.isSystem()) {
                return ReviewRole.OBSERVER;
            }
            ReviewRole role = roles.get(CurrentUser.username());
            if (role == null) {
                throw new AccessDeniedException("No such review, or it is not yours");
            }
            return role;
        }
    }

    /** A capture as everyone sees it ({@code mine} false), and who may change it besides the moderator. */
    record SharedCapture(RoomState.Captured seen, String capturedBy) {
    }

    private record Entry(CompletableFuture<SharedRoom> room, Instant readAt, Instant lastUsed) {
    }

    private final Map<UUID, Entry> rooms = new ConcurrentHashMap<>();
    private final Clock clock;

    RoomSnapshots(Clock clock) {
        this.clock = clock;
    }

    /** The shared room, read by {@code read} (as the system actor) unless a current read exists. */
    SharedRoom get(UUID reviewId, Function<UUID, SharedRoom> read) {
        var mine = new CompletableFuture<SharedRoom>();
        Instant now = clock.instant();
        Entry entry = rooms.compute(reviewId, (id, existing) ->
                existing == null || existing.readAt().isBefore(now.minus(MAX_AGE))
                        ? new Entry(mine, now, now)
                        : new Entry(existing.room(), existing.readAt(), now));
        if (entry.room() == mine) {
            try {
                mine.complete(CurrentUser.asSystem(() -> read.apply(reviewId)));
            } catch (Throwable e) {
                // Not cached: a review that does not exist (yet) or a failed read is tried again
                // next time, and screens waiting for this read hear of the failure, never hang.
                rooms.computeIfPresent(reviewId, (id, current) -> current.room() == mine ? null : current);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.room().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The review's room changed and the change committed: the next screen reads it afresh. */
    void invalidate(UUID reviewId) {
        rooms.remove(reviewId);
    }

    /** This node may have missed changes committed elsewhere: every room is read afresh. */
    void invalidateAll() {
        rooms.clear();
    }

    @Scheduled(fixedDelay = 60_000)
    void dropIdle() {
        Instant cutoff = clock.instant().minus(IDLE);
        rooms.values().removeIf(e -> e.lastUsed().isBefore(cutoff));
    }

    int size() {
        return rooms.size();
    }
}
