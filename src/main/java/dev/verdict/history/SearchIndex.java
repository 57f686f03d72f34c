package dev.verdict.history;

import dev.verdict.review.Visibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of every review's searchable texts, a document per text, each carrying its
 * review's id so a search is filtered to the reviews the caller may read. Lives in one folder
 * ({@code verdict.search.index-dir}, under the data directory by default); this process alone writes it.
 */
@Component
class SearchIndex implements DisposableBean {

    /** Changed whenever what is indexed changes: an index of another schema is rebuilt at start. */
    static final String SCHEMA = "2";
    /** The reviews a search returns at most, best first. */
    static final int MAX_REVIEWS = 50;
    private static final int SNIPPETS_PER_REVIEW = 3;
    private static final int HITS_READ = 500;
    /** A passage aims at about this many characters: a line or two in the result list. */
    private static final int PASSAGE_CHARS = 160;
    /** Unmatched text longer than this inside a passage (a sentence that never ends) is cut to its ends. */
    private static final int PLAIN_MAX = 120;
    /** The highlighter reads this much of a text: the longest doc section there may be (its default is 10 000). */
    private static final int HIGHLIGHT_CHARS = 200_000;

    private static final String REVIEW = "review";
    private static final String KIND = "kind";
    private static final String TITLE = "title";
    private static final String STATE = "state";
    private static final String WHERE = "where";
    private static final String TEXT = "text";
    /** The document that carries a review's title and state; one per review. */
    private static final String HEAD = "head";

    /** Offsets in the postings: the highlighter finds the matches without analysing the text again. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuildNeeded;

    SearchIndex(@Value("${verdict.search.index-dir}") Path folder) throws IOException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        rebuildNeeded = !SCHEMA.equals(schemaOf(directory));
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(rebuildNeeded ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        writer.setLiveCommitData(Map.of("schema", SCHEMA).entrySet());
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    private static String schemaOf(FSDirectory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        return SegmentInfos.readLatestCommit(directory).getUserData().get("schema");
    }

    /** Whether the index was missing or of another schema when it was opened: every review is then indexed again. */
    boolean rebuildNeeded() {
        return rebuildNeeded;
    }

    /** Replaces what the index holds of these reviews, visible to searches once this returns. */
    void put(Collection<IndexedReview> reviews) {
        try {
            for (IndexedReview review : reviews) {
                writer.updateDocuments(new Term(REVIEW, review.reviewId().toString()), documents(review));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes everything the index holds of these reviews. */
    void remove(Collection<UUID> reviewIds) {
        try {
            for (UUID id : reviewIds) {
                writer.deleteDocuments(new Term(REVIEW, id.toString()));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static List<Document> documents(IndexedReview review) {
        var docs = new ArrayList<Document>();
        var head = new Document();
        head.add(new StringField(REVIEW, review.reviewId().toString(), Field.Store.YES));
        head.add(new StringField(KIND, HEAD, Field.Store.NO));
        head.add(new StoredField(STATE, review.state()));
        head.add(new StoredField(TITLE, review.title()));
        docs.add(head);
        for (IndexedReview.Text text : review.texts()) {
            var doc = new Document();
            doc.add(new StringField(REVIEW, review.reviewId().toString(), Field.Store.YES));
            doc.add(new StoredField(TITLE, review.title()));
            doc.add(new StoredField(WHERE, text.where()));
            doc.add(new Field(TEXT, text.text(), TEXT_TYPE));
            docs.add(doc);
        }
        return docs;
    }

    /** Every indexed review and its state ("open", "decided") when it was indexed. */
    Map<UUID, String> indexedStates() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                var heads = searcher.search(new TermQuery(new Term(KIND, HEAD)), Math.max(1, searcher.getIndexReader().maxDoc()));
                StoredFields stored = searcher.storedFields();
                var states = new HashMap<UUID, String>();
                for (ScoreDoc hit : heads.scoreDocs) {
                    Document doc = stored.document(hit.doc, Set.of(REVIEW, STATE));
                    states.put(UUID.fromString(doc.get(REVIEW)), doc.get(STATE));
                }
                return states;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reviews whose texts match, best first, at most {@value #MAX_REVIEWS}, each with its best
     * passages; only reviews the visibility allows are searched at all. The text is read as people
     * type into search boxes: words (all of them must match), "a phrase", prefix*, -without.
     */
    List<SearchResult> search(String text, Visibility visibility) {
        if (!visibility.all() && visibility.reviews().isEmpty()) {
            return List.of();
        }
        var parser = new SimpleQueryParser(analyzer, TEXT);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query matching = parser.parse(text);
        if (matching == null || matching instanceof MatchNoDocsQuery) {
            return List.of();
        }
        Query query = matching;
        if (!visibility.all()) {
            query = new BooleanQuery.Builder()
                    .add(matching, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(REVIEW, visibility.reviews().stream().map(id -> new BytesRef(id.toString())).toList()),
                            BooleanClause.Occur.FILTER)
                    .build();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return results(searcher, query, matching);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchResult> results(IndexSearcher searcher, Query query, Query matching) throws IOException {
        StoredFields stored = searcher.storedFields();
        // The best texts of each review, reviews in the order of their best text.
        var byReview = new LinkedHashMap<String, List<Integer>>();
        var titles = new HashMap<String, String>();
        for (ScoreDoc hit : searcher.search(query, HITS_READ).scoreDocs) {
            Document doc = stored.document(hit.doc, Set.of(REVIEW, TITLE));
            String review = doc.get(REVIEW);
            if (!byReview.containsKey(review) && byReview.size() == MAX_REVIEWS) {
                continue;
            }
            titles.putIfAbsent(review, doc.get(TITLE));
            List<Integer> docs = byReview.computeIfAbsent(review, r -> new ArrayList<>());
            if (docs.size() < SNIPPETS_PER_REVIEW) {
                docs.add(hit.doc);
            }
        }
        if (byReview.isEmpty()) {
            return List.of();
        }
        int[] docIds = byReview.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        Object[] passages = new Highlighter(searcher, analyzer).passages(matching, docIds);
        var snippets = new HashMap<Integer, SearchResult.Snippet>();
        for (int i = 0; i < docIds.length; i++) {
            @SuppressWarnings("unchecked")
            var parts = (List<SearchResult.Part>) passages[i];
            if (parts != null && !parts.isEmpty()) {
                snippets.put(docIds[i], new SearchResult.Snippet(stored.document(docIds[i], Set.of(WHERE)).get(WHERE), parts));
            }
        }
        return byReview.entrySet().stream().map(e -> new SearchResult(UUID.fromString(e.getKey()), titles.get(e.getKey()),
                e.getValue().stream().map(snippets::get).filter(s -> s != null).toList())).toList();
    }

    /** The unified highlighter, handing back each text's best passage as parts instead of an HTML string. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new PartsFormatter())
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                    .withMaxNoHighlightPassages(0)
                    .withMaxLength(HIGHLIGHT_CHARS));
        }

        Object[] passages(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {1}).get(TEXT);
        }
    }

    /** A passage as plain parts and matched parts, whitespace (Markdown's line breaks) folded to single spaces. */
    private static final class PartsFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            var parts = new ArrayList<SearchResult.Part>();
            for (Passage passage : passages) {
                int at = passage.getStartOffset();
                // A passage can start on the punctuation and spaces that ended the sentence before it.
                while (at < passage.getEndOffset() && at < firstMatch(passage)
                        && !Character.isLetterOrDigit(content.charAt(at)) && "\"'(*_[`".indexOf(content.charAt(at)) < 0) {
                    at++;
                }
                var passageParts = new ArrayList<SearchResult.Part>();
                boolean cutBefore = at > 0;
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = Math.max(at, passage.getMatchStarts()[i]);
                    int end = passage.getMatchEnds()[i];
                    if (end <= start) {
                        continue;
                    }
                    if (start > at) {
                        String before = folded(content.substring(at, start));
                        if (passageParts.isEmpty() && before.length() > PLAIN_MAX) {
                            before = before.substring(before.length() - PLAIN_MAX).stripLeading();
                            cutBefore = true;
                        }
                        passageParts.add(new SearchResult.Part(middle(before), false));
                    }
                    passageParts.add(new SearchResult.Part(folded(content.substring(start, end)), true));
                    at = end;
                }
                boolean cutAfter = passage.getEndOffset() < content.length();
                if (passage.getEndOffset() > at) {
                    String after = folded(content.substring(at, passage.getEndOffset()));
                    if (after.length() > PLAIN_MAX) {
                        after = after.substring(0, PLAIN_MAX).stripTrailing();
                        cutAfter = true;
                    }
                    passageParts.add(new SearchResult.Part(after, false));
                }
                if (cutBefore) {
                    parts.add(new SearchResult.Part("… ", false));
                }
                parts.addAll(passageParts);
                if (cutAfter) {
                    parts.add(new SearchResult.Part(" …", false));
                }
            }
            return parts;
        }

        /** The start and end of the text between two matches. */
        private static String middle(String text) {
            return text.length() <= 2 * PLAIN_MAX ? text
                    : text.substring(0, PLAIN_MAX).stripTrailing() + " … " + text.substring(text.length() - PLAIN_MAX).stripLeading();
        }

        private static int firstMatch(Passage passage) {
            return passage.getNumMatches() == 0 ? passage.getEndOffset() : passage.getMatchStarts()[0];
        }

        private static String folded(String text) {
            return text.replaceAll("\\s+", " ");
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
