package dev.verdict.shared;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * The last word on an exception that leaves an {@code @Async} listener: an {@link ExpectedFailure}
 * was handled and logged where it happened, so it is noted at DEBUG only; anything else is an
 * unexpected error, logged at ERROR with its stack trace.
 */
@Component
class AsyncFailures implements AsyncConfigurer, AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AsyncFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this;
    }

    @Override
    public void handleUncaughtException(Throwable failure, Method method, Object... params) {
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (failure instanceof ExpectedFailure) {
            log.debug("{} ended with a handled failure: {}", where, failure.getMessage());
        } else {
            log.error("Unexpected failure in {} with {}", where, Arrays.toString(params), failure);
        }
    }
}
