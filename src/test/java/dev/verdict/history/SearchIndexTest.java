package dev.verdict.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.review.Visibility;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path folder;

    private final UUID prices = UUID.randomUUID();
    private final UUID exports = UUID.randomUUID();

    @Test
    void a_search_reaches_only_the_reviews_the_visibility_allows() throws Exception {
        var index = new SearchIndex(folder);
        try {
            index.put(List.of(review(prices, "Cache the prices", "The cache warms per region."),
                    review(exports, "Queue the exports", "A cache of export jobs.")));

            assertThat(ids(index.search("cache", new Visibility(true, Set.of())))).containsExactlyInAnyOrder(prices, exports);
            assertThat(ids(index.search("cache", new Visibility(false, Set.of(exports))))).containsExactly(exports);
            assertThat(index.search("cache", new Visibility(false, Set.of()))).isEmpty();
            assertThat(index.search("caching", new Visibility(true, Set.of()))).as("stemmed: caching finds cache").hasSize(2);
        } finally {
            index.destroy();
        }
    }

    @Test
    void a_passage_marks_each_matched_word_and_replacing_a_review_drops_its_old_texts() throws Exception {
        var index = new SearchIndex(folder);
        try {
            index.put(List.of(review(prices, "Cache the prices", "We warm the cache at deploy time. The cache is per region.")));
            var snippet = index.search("cache region", new Visibility(true, Set.of())).getFirst().snippets().getFirst();
            assertThat(snippet.where()).isEqualTo("Design doc");
            assertThat(snippet.hits()).containsExactly("cache", "cache", "region");
            assertThat(snippet.text()).isEqualTo("We warm the cache at deploy time. The cache is per region.");

            index.put(List.of(review(prices, "Cache the prices", "Nothing about it any more.")));
            assertThat(index.search("region", new Visibility(true, Set.of()))).isEmpty();
        } finally {
            index.destroy();
        }
    }

    @Test
    void a_passage_from_a_sentence_that_never_ends_is_cut_to_the_words_around_the_match() throws Exception {
        var index = new SearchIndex(folder);
        try {
            String filler = "and then the load balancer forwards the request ".repeat(20);
            index.put(List.of(review(prices, "Cache the prices", filler + "to the quetzal node " + filler)));
            var snippet = index.search("quetzal", new Visibility(true, Set.of())).getFirst().snippets().getFirst();
            assertThat(snippet.text()).startsWith("… ").endsWith(" …").hasSizeLessThan(260).contains("to the quetzal node");
            assertThat(snippet.hits()).containsExactly("quetzal");
        } finally {
            index.destroy();
        }
    }

    @Test
    void a_missing_index_or_one_of_another_schema_is_rebuilt_and_a_current_one_keeps_what_it_indexed() throws Exception {
        var index = new SearchIndex(folder);
        assertThat(index.rebuildNeeded()).as("missing").isTrue();
        index.put(List.of(review(prices, "Cache the prices", "Warm it.")));
        index.destroy();

        var reopened = new SearchIndex(folder);
        try {
            assertThat(reopened.rebuildNeeded()).isFalse();
            assertThat(reopened.indexedStates()).isEqualTo(Map.of(prices, IndexedReview.OPEN));
        } finally {
            reopened.destroy();
        }

        // An index written by an older Verdict: another schema in its commit data.
        try (var writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("schema", "0").entrySet());
            writer.commit();
        }
        var older = new SearchIndex(folder);
        try {
            assertThat(older.rebuildNeeded()).isTrue();
            assertThat(older.indexedStates()).as("its documents are dropped, to be indexed again").isEmpty();
        } finally {
            older.destroy();
        }
    }

    private static IndexedReview review(UUID id, String title, String doc) {
        return new IndexedReview(id, title, IndexedReview.OPEN,
                List.of(new IndexedReview.Text("Title", title), new IndexedReview.Text("Design doc", doc)));
    }

    private static List<UUID> ids(List<SearchResult> results) {
        return results.stream().map(SearchResult::reviewId).toList();
    }
}
