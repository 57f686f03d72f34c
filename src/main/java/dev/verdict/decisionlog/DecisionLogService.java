package dev.verdict.decisionlog;

import dev.verdict.identity.CurrentUser;
import dev.verdict.review.ReviewService;
import dev.verdict.review.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The decision log (A4) for anyone signed in. ADRs in connected repositories are the team's
 * shared record, readable by everyone who may sign in (as the per-repository ADR log is); what
 * belongs to a review stays with its members: a decision not yet in git is listed only to them,
 * and an ADR's link to the review that decided it is shown only to them. Answers from the last refresh's snapshot ({@link DecisionLogSync}); no git is read here.
 */
@Service
public class DecisionLogService {

    /** Search texts are cut at this length: a search box, not a document. */
    public static final int QUERY_MAX = 200;

    private final DecisionLogIndex index;
    private final ReviewService reviews;
    private final Clock clock;

    DecisionLogService(DecisionLogIndex index, ReviewService reviews, Clock clock) {
        this.index = index;
        this.reviews = reviews;
        this.clock = clock;
    }

    /**
     * The decisions the caller may see that pass the filter: newest first, or best match first
     * when it has a search text.
     */
    public List<LogEntry> entries(LogFilter filter) {
        CurrentUser.username(); // refuses a caller who is not signed in
        Visibility visibility = reviews.visibility();
        LocalDate today = LocalDate.now(clock);
        Stream<LogEntry> entries;
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            entries = index.search(text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text).stream()
                    .map(index::find).flatMap(Optional::stream).map(DecisionLogIndex.Indexed::entry);
        } else {
            entries = index.all().stream().map(DecisionLogIndex.Indexed::entry);
        }
        return entries.filter(e -> visible(e, visibility))
                .filter(e -> blank(filter.status()) || e.statusGroup().equalsIgnoreCase(filter.status()))
                .filter(e -> blank(filter.repository()) || filter.repository().equals(e.repository()))
                .filter(e -> blank(filter.tag()) || e.tags().stream().anyMatch(t -> t.equalsIgnoreCase(filter.tag().strip())))
                .filter(e -> blank(filter.decider()) || e.deciders().contains(filter.decider()))
                .filter(e -> !filter.dueForRevisit() || e.dueOn(today))
                .map(e -> forCaller(e, visibility))
                .toList();
    }

    /** The statuses, repositories, tags and deciders of the decisions the caller may see, to filter by. */
    public LogChoices choices() {
        CurrentUser.username();
        Visibility visibility = reviews.visibility();
        List<LogEntry> visible = index.all().stream().map(DecisionLogIndex.Indexed::entry).filter(e -> visible(e, visibility)).toList();
        return new LogChoices(sorted(visible, e -> List.of(e.statusGroup())), sorted(visible, e -> e.repository() == null ? List.of() : List.of(e.repository())),
                tags(visible), sorted(visible, LogEntry::deciders));
    }

    /** One decision with its Markdown, to render safely; empty when there is none the caller may see. */
    public Optional<OpenedEntry> open(UUID entryId) {
        CurrentUser.username();
        Visibility visibility = reviews.visibility();
        return index.find(entryId).filter(i -> visible(i.entry(), visibility))
                .map(i -> new OpenedEntry(forCaller(i.entry(), visibility), i.markdown()));
    }

    /** An ADR in git is everyone's; a decision still only in Verdict is its review's. */
    private static boolean visible(LogEntry entry, Visibility visibility) {
        return entry.inGit() || visibility.allows(entry.reviewId());
    }

    static LogEntry forCaller(LogEntry entry, Visibility visibility) {
        return entry.reviewId() == null || visibility.allows(entry.reviewId()) ? entry : entry.withoutReview();
    }

    private static List<String> sorted(List<LogEntry> entries, Function<LogEntry, Collection<String>> values) {
        var set = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        entries.forEach(e -> values.apply(e).stream().filter(Objects::nonNull).forEach(set::add));
        return List.copyOf(set);
    }

    /** Tags compared case-insensitively, each listed as most decisions spell it. */
    private static List<String> tags(List<LogEntry> entries) {
        var spellings = new HashMap<String, HashMap<String, Integer>>();
        entries.forEach(e -> e.tags().forEach(t -> spellings.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(t, 1, Integer::sum)));
        return spellings.values().stream()
                .map(s -> s.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey())
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
