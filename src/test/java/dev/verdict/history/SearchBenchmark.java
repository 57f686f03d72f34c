package dev.verdict.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.Fixtures;
import dev.verdict.review.Visibility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * History search (issue 16, target: p95 ≤ 50 ms) over 10 000 reviews, each with an 8 KB design
 * doc cut from the real fixtures (KEP-1040, KEP-3329, Rust RFC 2094), six pre-read comments, six
 * captures and a decision record: about 110 MB of text in the same Lucene index, analyzer and
 * highlighter the app uses. A member of 100 reviews searches, as people type into the search box
 * (common words, two words, a phrase, a prefix, a rare word, an exclusion); the time is the whole
 * {@link SearchIndex#search} call, snippets included. Run with `mvn -Pbench verify -Dit.test=SearchBenchmark`.
 */
class SearchBenchmark {

    private static final int REVIEWS = 10_000;
    private static final int DOC_CHARS = 8 * 1024;
    private static final int MEMBER_OF = 100;
    private static final int WARMUP = 300;
    private static final int RUNS = 1_000;
    private static final List<String> QUERIES = List.of(
            "latency", "priority fairness", "\"borrow checker\"", "retr*", "flowschema", "queue -rust",
            "concurrency limit", "lifetime", "pod failure policy", "rollback", "seats", "\"non-lexical lifetimes\"");

    @Test
    void search_ten_thousand_reviews_as_a_member_of_a_hundred() throws Exception {
        List<String> sources = List.of(Fixtures.designDoc(Fixtures.KEP_1040),
                Fixtures.designDoc("kep-3329-retriable-and-non-retriable-failures.md"), Fixtures.designDoc(Fixtures.RUST_RFC_2094));
        Random random = new Random(16);
        Path folder = Files.createTempDirectory("search-bench");
        SearchIndex index = new SearchIndex(folder);
        try {
            List<UUID> ids = new ArrayList<>();
            long indexStart = System.nanoTime();
            List<IndexedReview> batch = new ArrayList<>();
            for (int i = 0; i < REVIEWS; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                batch.add(review(id, i, sources, random));
                if (batch.size() == 500) {
                    index.put(batch);
                    batch.clear();
                }
            }
            index.put(batch);
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;

            Set<UUID> mine = new HashSet<>();
            while (mine.size() < MEMBER_OF) {
                mine.add(ids.get(random.nextInt(ids.size())));
            }
            Visibility member = new Visibility(false, mine);
            int found = 0;
            for (int i = 0; i < WARMUP; i++) {
                found += index.search(QUERIES.get(i % QUERIES.size()), member).size();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String query = QUERIES.get(i % QUERIES.size());
                long start = System.nanoTime();
                found += index.search(query, member).size();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            assertThat(found).as("the member's reviews are found").isPositive();
            assertThat(index.search("flowschema", new Visibility(false, Set.of(UUID.randomUUID())))).isEmpty();
            Collections.sort(millis);
            System.out.printf("RESULT search_reviews %d reviews%n", REVIEWS);
            System.out.printf("RESULT search_index_build_s %.1f s%n", indexSeconds);
            System.out.printf("RESULT search_index_mb %.0f MB%n", size(folder) / 1e6);
            System.out.printf("RESULT search_p50_ms %.2f ms%n", millis.get(RUNS / 2));
            System.out.printf("RESULT search_p95_ms %.2f ms%n", millis.get((int) Math.ceil(RUNS * 0.95) - 1));
            System.out.printf("RESULT search_max_ms %.2f ms%n", millis.getLast());
        } finally {
            index.destroy();
            try (var files = Files.walk(folder)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static IndexedReview review(UUID id, int n, List<String> sources, Random random) {
        String source = sources.get(n % sources.size());
        int from = random.nextInt(source.length() - DOC_CHARS);
        String doc = source.substring(from, from + DOC_CHARS);
        List<IndexedReview.Text> texts = new ArrayList<>();
        texts.add(new IndexedReview.Text("Design doc", doc));
        for (int c = 0; c < 6; c++) {
            texts.add(new IndexedReview.Text("Pre-read comment by Alice Attendee", excerpt(source, 300, random)));
        }
        for (int c = 0; c < 6; c++) {
            texts.add(new IndexedReview.Text("Risk by Mia Moderator", excerpt(source, 120, random)));
        }
        texts.add(new IndexedReview.Text("Decision record", excerpt(source, 600, random)));
        return new IndexedReview(id, "Review " + n + " of " + doc.lines().findFirst().orElse("a doc").strip(),
                n % 5 == 0 ? IndexedReview.OPEN : IndexedReview.DECIDED, texts);
    }

    private static String excerpt(String source, int chars, Random random) {
        int from = random.nextInt(source.length() - chars);
        return source.substring(from, from + chars);
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
