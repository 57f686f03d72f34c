package dev.verdict.review.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import dev.verdict.AsUser;
import dev.verdict.KaribuTest;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import dev.verdict.review.ReviewSummary;
import dev.verdict.review.ScheduledStart;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "My reviews" says where each review stands and how it ended, and sorts and filters by both. */
class ReviewsViewIT extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;

    @Test
    @SuppressWarnings("unchecked")
    void each_review_shows_its_status_and_outcome_and_a_published_one_links_its_adr() {
        UUID draft = open("Draft review", null);
        UUID preRead = open("Pre-read review", null);
        AsUser.run("mia", () -> preReads.open(preRead));
        UUID scheduled = open("Scheduled review", new ScheduledStart(LocalDateTime.now().plusDays(9).withHour(10).withMinute(0),
                ZoneId.of("Europe/Berlin")));
        AsUser.run("mia", () -> preReads.open(scheduled));
        UUID running = open("Running review", null);
        AsUser.run("mia", () -> meetings.start(running));
        UUID deciding = open("Deciding review", null);
        AsUser.run("mia", () -> meetings.start(deciding));
        AsUser.run("mia", () -> meetings.end(deciding, meetings.room(deciding).clockVersion()));
        UUID published = open("Published review", null);
        AsUser.run("mia", () -> meetings.start(published));
        AsUser.run("mia", () -> decisions.close(published, CloseMeeting.of(Outcome.APPROVED, "Go with the queue", "Lag matters",
                "mia", new AlternativeConsidered("Batch every minute", "Load spikes"))));
        await().atMost(Duration.ofSeconds(20)).until(() -> AsUser.call("mia", () -> reviews.mine()).stream()
                .anyMatch(r -> r.id().equals(published) && r.status() == ReviewStatus.PUBLISHED));
        Set<UUID> ours = Set.of(draft, preRead, scheduled, running, deciding, published);

        loginAs("mia");
        UI.getCurrent().navigate("");
        Grid<ReviewSummary> grid = _get(Grid.class);

        assertThat(shown(grid, ours).stream().collect(Collectors.toMap(ReviewSummary::title, r -> r.status().label() + " · " + ReviewsView.outcome(r))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Draft review", "Draft · Not decided yet",
                        "Pre-read review", "Pre-read open · Not decided yet",
                        "Scheduled review", "Scheduled · Not decided yet",
                        "Running review", "In progress · Not decided yet",
                        "Deciding review", "Deciding · Not decided yet",
                        "Published review", "Published · Approved"));
        int row = grid.getListDataView().getItems().map(ReviewSummary::id).toList().indexOf(published);
        var adr = ((com.vaadin.flow.component.html.Div) _getCellComponent(grid, row, "status")).getChildren()
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(adr.getText()).matches("\\d{4}-published-review\\.md");
        assertThat(adr.getTitle()).hasValueSatisfying(t -> assertThat(t).matches("doc/adr/\\d{4}-published-review\\.md"));
        assertThat(adr.getHref()).isEqualTo("reviews/" + published + "/publication");
        assertThat(AsUser.call("mia", () -> publications.status(published)).destination())
                .as("a pasted doc's publication names where it went").isEqualTo("Demo repository: main");

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("status"), SortDirection.DESCENDING)));
        assertThat(shown(grid, ours)).extracting(ReviewSummary::title).containsExactly("Published review", "Deciding review",
                "Running review", "Scheduled review", "Pre-read review", "Draft review");

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Status")), Set.of(ReviewStatus.IN_PROGRESS, ReviewStatus.DECIDING));
        assertThat(shown(grid, ours)).extracting(ReviewSummary::title).containsExactly("Deciding review", "Running review");

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Status")), Set.of());
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Outcome")), Set.of("Approved"));
        assertThat(shown(grid, ours)).extracting(ReviewSummary::title).containsExactly("Published review");
    }

    private UUID open(String title, ScheduledStart start) {
        // Mia alone, moderating and deciding: other tests count the invitations in others' bells.
        return AsUser.call("mia", () -> reviews.open(new NewReview(title, TestDocs.READY, null, null, "mia",
                Set.of(), Set.of(), 30, start)));
    }

    private static List<ReviewSummary> shown(Grid<ReviewSummary> grid, Set<UUID> ours) {
        return grid.getListDataView().getItems().filter(r -> ours.contains(r.id())).toList();
    }
}
