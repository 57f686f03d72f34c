package dev.verdict.preread;

import dev.verdict.identity.Person;
import java.util.List;
import java.util.Map;

/** For the moderator: comments per section by kind, the unresolved concerns, who has not read yet. */
public record TriageSummary(Map<String, Map<CommentKind, Integer>> bySection, List<CommentView> unresolvedConcerns,
                            List<Person> notReadYet, List<Person> readers) {
}
