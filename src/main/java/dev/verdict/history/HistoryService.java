package dev.verdict.history;

import dev.verdict.identity.CurrentUser;
import dev.verdict.review.ReviewOverview;
import dev.verdict.review.ReviewService;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The history of reviews and search over them. Everyone sees the reviews they are a member of and
 * finds only what is in those (admins too: a team's review is its own).
 */
@Service
public class HistoryService {

    /** Search texts are cut at this length: a search box, not a document. */
    public static final int QUERY_MAX = 200;
    /** A search returns at most this many reviews, best first. */
    public static final int MAX_RESULTS = SearchIndex.MAX_REVIEWS;

    private final ReviewService reviews;
    private final SearchIndex index;

    HistoryService(ReviewService reviews, SearchIndex index) {
        this.reviews = reviews;
        this.index = index;
    }

    /** Every review the caller may see, newest first, with where it stands and how it ended. */
    public List<ReviewOverview> reviews() {
        return reviews.history();
    }

    /**
     * The caller's reviews whose title, doc, pre-read comments, captures or decision record
     * match the text, best first (at most {@value #MAX_RESULTS}), each with its best matching passages. A review the
     * caller is not in is never searched, so nothing of it can show.
     */
    public List<SearchResult> search(String text) {
        CurrentUser.username(); // refuses a caller who is not signed in
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.strip();
        return index.search(query.length() > QUERY_MAX ? query.substring(0, QUERY_MAX) : query, reviews.visibility());
    }
}
