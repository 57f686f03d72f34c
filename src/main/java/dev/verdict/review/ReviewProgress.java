package dev.verdict.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one module knows of how far its reviews have come: the pre-read, the meeting, the decision
 * and the publication each report theirs, and "My reviews" merges them, the furthest status
 * winning. Implemented where the facts live, so the review module needs none of those modules.
 * Asked once per list for all its reviews: an implementation answers in one query, without
 * loading docs or records.
 */
public interface ReviewProgress {

    /** The reviews among {@code reviewIds} this module has something to say about; the others are left out. */
    Map<UUID, Progress> progressOf(Collection<UUID> reviewIds);

    /**
     * @param outcome the decision's outcome ("Approved with conditions"), null until decided
     * @param adrPath where the ADR was committed ("doc/adr/0002-use-ot.md"), null until published
     * @param decidedBy the username of who signed the decision, null until decided
     * @param decidedAt when the decision was recorded, null until decided
     * @param tags      the decision's tags (lower-case words), empty until decided or when it has none
     */
    record Progress(ReviewStatus status, String outcome, String adrPath, String decidedBy, Instant decidedAt,
                    List<String> tags) {

        public Progress {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public Progress(ReviewStatus status, String outcome, String adrPath, String decidedBy, Instant decidedAt) {
            this(status, outcome, adrPath, decidedBy, decidedAt, List.of());
        }

        public Progress(ReviewStatus status, String outcome, String adrPath) {
            this(status, outcome, adrPath, null, null);
        }

        public static Progress of(ReviewStatus status) {
            return new Progress(status, null, null);
        }

        /** The further status, with whatever either side knows of the outcome, the ADR and the decision. */
        Progress merge(Progress other) {
            return new Progress(status.compareTo(other.status) >= 0 ? status : other.status,
                    outcome != null ? outcome : other.outcome, adrPath != null ? adrPath : other.adrPath,
                    decidedBy != null ? decidedBy : other.decidedBy, decidedAt != null ? decidedAt : other.decidedAt,
                    !tags.isEmpty() ? tags : other.tags);
        }
    }
}
