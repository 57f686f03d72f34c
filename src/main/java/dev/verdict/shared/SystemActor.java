package dev.verdict.shared;

import java.util.function.Supplier;

/**
 * Whether the running thread acts as the system actor (background work: publishing, room
 * displays). A flag on the thread, so no login and no configured role can ever become it.
 * {@code identity.CurrentUser} is its face to services; it lives here so that the live feed can
 * hand a change to a person's screen without the system's rights: a screen refreshed inline on a
 * publisher's thread must read as the person who looks at it.
 */
public final class SystemActor {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemActor() {
    }

    public static boolean active() {
        return ACTIVE.get();
    }

    /** Runs work as the system actor on this thread, restoring what was there before. */
    public static <T> T run(Supplier<T> work) {
        return with(true, work);
    }

    /** Runs work as whoever the thread's security context says, not as the system actor. */
    public static void suspended(Runnable work) {
        with(false, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T with(boolean system, Supplier<T> work) {
        boolean previous = ACTIVE.get();
        ACTIVE.set(system);
        try {
            return work.get();
        } finally {
            ACTIVE.set(previous);
        }
    }
}
