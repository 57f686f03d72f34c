package dev.verdict.decisionlog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

/**
 * The decision log as the last refresh left it: every entry with its Markdown, and a Lucene index
 * of their texts in memory for full-text search and more-like-this. A refresh builds a new
 * snapshot and swaps it in whole, so a reader never sees half of one; 5 000 ADRs take a few
 * megabytes and well under a second to build. Not persisted: the first refresh at start fills it.
 */
@Component
class DecisionLogIndex {

    /** An entry as indexed: what every caller may be shown of it is decided by the service. */
    record Indexed(LogEntry entry, String markdown) {
    }

    private record Snapshot(List<Indexed> entries, Map<UUID, Indexed> byId, IndexSearcher searcher) {
    }

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TAGS = "tags";
    private static final String BODY = "body";
    /** Title, tags and text together: what more-like-this compares a doc with. */
    private static final String ALL = "all";
    /** At most this many words of a review's doc are compared: a long doc's opening says what it is about. */
    private static final int MLT_TOKENS = 5000;
    private static final int MLT_TERMS = 30;
    /** A related decision scores at least this share of the closest one: below it, a word or two in common is not a topic. */
    private static final float RELATED_SHARE = 0.2f;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of(), null);

    /** Replaces the whole log: newest first as given. */
    void replace(List<Indexed> entries) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Indexed indexed : entries) {
                LogEntry e = indexed.entry();
                var doc = new Document();
                doc.add(new StringField(ID, e.id().toString(), Field.Store.YES));
                doc.add(new TextField(TITLE, e.title(), Field.Store.NO));
                doc.add(new TextField(TAGS, String.join(", ", e.tags()), Field.Store.NO));
                doc.add(new TextField(BODY, indexed.markdown(), Field.Store.NO));
                doc.add(new TextField(ALL, e.title() + "\n" + String.join(", ", e.tags()) + "\n" + indexed.markdown(), Field.Store.NO));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var byId = new HashMap<UUID, Indexed>();
            entries.forEach(i -> byId.put(i.entry().id(), i));
            // The previous snapshot's reader is left to the garbage collector: a search may still
            // be reading it, and an in-memory directory holds nothing else.
            snapshot = new Snapshot(List.copyOf(entries), Map.copyOf(byId), new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Indexed> all() {
        return snapshot.entries();
    }

    Optional<Indexed> find(UUID id) {
        return Optional.ofNullable(snapshot.byId().get(id));
    }

    /**
     * The entries matching the text, best first; titles weigh most, then tags. Read as people
     * type into search boxes: words (all must match), "a phrase", prefix*, -without.
     */
    List<UUID> search(String text) {
        Snapshot current = snapshot;
        if (current.searcher() == null) {
            return List.of();
        }
        var parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 3f, TAGS, 2f, BODY, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        if (query == null || query instanceof MatchNoDocsQuery) {
            return List.of();
        }
        return ids(current.searcher(), query, Math.max(1, current.entries().size()), 0);
    }

    /** The entries closest in topic to the text, closest first, at most {@code limit}. */
    List<UUID> moreLikeThis(String text, int limit) {
        Snapshot current = snapshot;
        if (current.searcher() == null || text == null || text.isBlank()) {
            return List.of();
        }
        try {
            var mlt = new MoreLikeThis(current.searcher().getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {ALL});
            // A log of a few dozen ADRs: a word the doc uses once, in one ADR, is still a topic.
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(MLT_TERMS);
            mlt.setMaxNumTokensParsed(MLT_TOKENS);
            mlt.setBoost(true);
            return ids(current.searcher(), mlt.like(ALL, new StringReader(text)), limit, RELATED_SHARE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UUID> ids(IndexSearcher searcher, Query query, int limit, float shareOfBest) {
        try {
            StoredFields stored = searcher.storedFields();
            var ids = new ArrayList<UUID>();
            var hits = new ArrayList<>(List.of(searcher.search(query, limit).scoreDocs));
            hits.sort(Comparator.comparing((ScoreDoc h) -> h.score).reversed().thenComparingInt(h -> h.doc));
            for (ScoreDoc hit : hits) {
                if (hit.score < shareOfBest * hits.getFirst().score) {
                    break;
                }
                ids.add(UUID.fromString(stored.document(hit.doc, Set.of(ID)).get(ID)));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
