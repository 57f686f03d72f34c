package dev.verdict;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test gives up waiting for background work (an Awaitility timeout), says what that work
 * was doing: the stacks of the threads in git, publishing or a clone's lock are added to the
 * failure's message, the only part of a failure a CI log is sure to show. Registered for every
 * test through JUnit's extension auto-detection (src/test/resources/junit-platform.properties).
 */
public final class StuckWorkReport implements TestExecutionExceptionHandler {

    private static final int FRAMES = 30;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof ConditionTimeoutException timeout) {
            String stuck = stuckThreads();
            if (!stuck.isEmpty()) {
                var reported = new AssertionError(timeout.getMessage() + "\nThreads in git or publishing meanwhile:\n" + stuck, timeout);
                reported.setStackTrace(timeout.getStackTrace());
                throw reported;
            }
        }
        throw failure;
    }

    /** The threads whose stack passes through JGit, Verdict's publishing or a clone's lock, with their stacks. */
    static String stuckThreads() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .filter(StuckWorkReport::inGitOrPublishing)
                .map(StuckWorkReport::describe)
                .collect(Collectors.joining("\n"));
    }

    private static boolean inGitOrPublishing(ThreadInfo thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith("org.eclipse.jgit")
                || frame.getClassName().startsWith("dev.verdict.publishing"));
    }

    private static String describe(ThreadInfo thread) {
        var text = new StringBuilder("\"").append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            text.append(" held by \"").append(thread.getLockOwnerName()).append('"');
        }
        text.append('\n');
        Arrays.stream(thread.getStackTrace()).limit(FRAMES).forEach(frame -> text.append("    at ").append(frame).append('\n'));
        return text.toString();
    }
}
