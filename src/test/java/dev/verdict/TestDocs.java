package dev.verdict;

/** Small design docs for tests: each has what a review needs to start (failure modes and rollback). */
public final class TestDocs {

    public static final String READY = """
            ## Problem

            Pages take 4 s to load for 40% of users.

            ## Proposal

            Cache the rendered pages for five minutes.

            ## Failure modes

            A cache stampede after a deploy; stale pages after an edit.

            ## Rollback

            Turn the cache flag off; nothing to migrate back.
            """;

    private TestDocs() {
    }
}
