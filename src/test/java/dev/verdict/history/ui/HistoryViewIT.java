package dev.verdict.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.history.HistoryService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewOverview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The History page as its users see it: their reviews only, each column sorted and filtered, and search with marked words. */
class HistoryViewIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    HistoryService history;

    @Test
    @SuppressWarnings("unchecked")
    void alice_sees_her_reviews_sorted_and_filtered_by_each_column_and_an_admin_only_their_own() {
        UUID draft = open("Alpha: shard the sessions", "alice", "bob");
        UUID preRead = open("Gamma: retire the cron box", "alice", "alice");
        AsUser.run("mia", () -> preReads.open(preRead));
        UUID decided = open("Beta: queue the exports", "alice", "mia");
        AsUser.run("mia", () -> meetings.start(decided));
        AsUser.run("mia", () -> decisions.close(decided, CloseMeeting.of(Outcome.REJECTED, "Keep exports inline",
                "The queue costs more than it saves", "mia", new AlternativeConsidered("A queue", "Another service to run"))));
        UUID hidden = open("Delta: nobody else's business", "bob", "mia");
        Set<UUID> ours = Set.of(draft, preRead, decided, hidden);
        await().atMost(Duration.ofSeconds(30)).until(() -> AsUser.call("mia", () -> history.reviews()).stream()
                .anyMatch(r -> r.id().equals(decided) && r.status() == ReviewStatus.PUBLISHED));

        loginAs("alice");
        UI.getCurrent().navigate("history");
        Grid<ReviewOverview> grid = _get(Grid.class);
        String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(LocalDate.now());
        assertThat(rows(grid, ours, "title", "status", "outcome", "decider", "repository", "created", "meeting", "decided"))
                .as("newest first, and only alice's reviews").containsExactly(
                        "Beta: queue the exports | Published | Rejected | Mia Moderator | Pasted or uploaded | " + today + " |  | " + today,
                        "Gamma: retire the cron box | Pre-read open | Not decided yet | Alice Attendee | Pasted or uploaded | " + today + " |  | ",
                        "Alpha: shard the sessions | Draft | Not decided yet | Bob Attendee | Pasted or uploaded | " + today + " |  | ");

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("title"), SortDirection.ASCENDING)));
        assertThat(titles(grid, ours)).containsExactly("Alpha: shard the sessions", "Beta: queue the exports", "Gamma: retire the cron box");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("decider"), SortDirection.DESCENDING)));
        assertThat(titles(grid, ours)).containsExactly("Beta: queue the exports", "Alpha: shard the sessions", "Gamma: retire the cron box");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("status"), SortDirection.ASCENDING)));
        assertThat(titles(grid, ours)).containsExactly("Alpha: shard the sessions", "Gamma: retire the cron box", "Beta: queue the exports");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("decided"), SortDirection.ASCENDING)));
        assertThat(titles(grid, ours).getFirst()).as("undecided ones last").isEqualTo("Beta: queue the exports");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("title"), SortDirection.ASCENDING)));

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Outcome")), Set.of("Not decided yet"));
        assertThat(titles(grid, ours)).containsExactly("Alpha: shard the sessions", "Gamma: retire the cron box");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Decision maker")), Set.of("Alice Attendee"));
        assertThat(titles(grid, ours)).containsExactly("Gamma: retire the cron box");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Outcome")), Set.of());
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Decision maker")), Set.of());
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Status")), Set.of(ReviewStatus.DRAFT, ReviewStatus.PRE_READ_OPEN));
        assertThat(titles(grid, ours)).containsExactly("Alpha: shard the sessions", "Gamma: retire the cron box");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Status")), Set.of());
        _setValue(_get(TextField.class, s -> s.withLabel("Review")), "BETA");
        assertThat(titles(grid, ours)).containsExactly("Beta: queue the exports");
        _setValue(_get(TextField.class, s -> s.withLabel("Review")), "");
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Repository")), Set.of(HistoryView.NO_REPOSITORY));
        assertThat(titles(grid, ours)).hasSize(3);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Repository")), Set.of());
        _setValue(_get(Select.class, s -> s.withLabel("Date")), HistoryView.DateColumn.DECIDED);
        _setValue(_get(DatePicker.class, s -> s.withLabel("From")), LocalDate.now().minusDays(1));
        assertThat(titles(grid, ours)).as("decided since yesterday").containsExactly("Beta: queue the exports");
        _setValue(_get(DatePicker.class, s -> s.withLabel("To (inclusive)")), LocalDate.now().minusDays(1));
        assertThat(titles(grid, ours)).as("decided yesterday").isEmpty();

        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("history");
        assertThat(titles((Grid<ReviewOverview>) _get(Grid.class), ours)).as("an admin in none of them").isEmpty();
    }

    @Test
    void a_search_lists_the_matching_reviews_with_the_matched_words_marked_and_links_them() {
        String word = "kakapo" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID review = open("Move the " + word + " jobs", "alice", "mia");
        open("Hide the " + word + " jobs from alice", "bob", "mia");
        await().atMost(Duration.ofSeconds(20)).until(() -> AsUser.call("mia", () -> history.search(word)).size() == 2);

        loginAs("alice");
        UI.getCurrent().navigate("history");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), word);

        assertThat(_get(Paragraph.class, s -> s.withClasses("search-summary")).getText()).isEqualTo("1 review matches “" + word + "”");
        Anchor title = _get(Anchor.class, s -> s.withClasses("search-result-title"));
        assertThat(title.getText()).isEqualTo("Move the " + word + " jobs");
        assertThat(title.getHref()).isEqualTo("reviews/" + review);
        assertThat(_find(SearchPanel.Hit.class).stream().map(SearchPanel.Hit::getText).collect(Collectors.toSet())).containsExactly(word);

        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "nothing-like-this-anywhere");
        assertThat(_get(Paragraph.class, s -> s.withClasses("search-summary")).getText())
                .isEqualTo("Nothing found for “nothing-like-this-anywhere” in the reviews you can see.");
        assertThat(_find(Anchor.class, s -> s.withClasses("search-result-title"))).isEmpty();
    }

    private UUID open(String title, String attendee, String decisionMaker) {
        return AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, decisionMaker,
                Set.of(attendee), Set.of(), 30, null)));
    }

    /** The cells of our rows as the grid renders them, in the grid's order, columns joined by " | ". */
    private static List<String> rows(Grid<ReviewOverview> grid, Set<UUID> ours, String... columns) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> ours.contains(GridKt._get(grid, i).id()))
                .mapToObj(i -> Stream.of(columns).map(c -> GridKt._getFormatted(grid, i, c)).collect(Collectors.joining(" | ")))
                .toList();
    }

    private static List<String> titles(Grid<ReviewOverview> grid, Set<UUID> ours) {
        return rows(grid, ours, "title");
    }
}
