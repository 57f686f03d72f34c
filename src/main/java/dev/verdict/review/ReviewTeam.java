package dev.verdict.review;

import java.util.Set;

/**
 * Who is in a review, and the caller's role in it: what a command needs to check that the
 * caller may act and that an owner it names belongs to the review.
 */
public record ReviewTeam(ReviewRole callerRole, Set<String> usernames) {
}
