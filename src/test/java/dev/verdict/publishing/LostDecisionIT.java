package dev.verdict.publishing;

import static dev.verdict.CommandLine.cloneOf;
import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import dev.verdict.AsUser;
import dev.verdict.TestData;
import dev.verdict.TestDocs;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.IncompleteDecisionException;
import dev.verdict.decision.Outcome;
import dev.verdict.identity.CurrentUser;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import dev.verdict.review.ReviewStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review whose decision reached git while the database lost it (a crash after the push): it is
 * found at start-up, the decision form asks for that same decision, and a different one never
 * becomes a commit, whether the check ran or not.
 */
class LostDecisionIT extends dev.verdict.KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    Reconciliation reconciliation;

    @TempDir
    Path temp;

    UUID review;

    @BeforeEach
    void aRunningMeetingWhoseDecisionIsAlreadyInGit() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Lost decision " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice"), Set.of(), 15)));
        AsUser.run("mia", () -> meetings.start(review));
        commitToTheRemote("Outcome: Approved\nDecision: Cache pages for five minutes\n\nDesign-Review: " + review + "\n");
    }

    @Test
    void the_start_up_check_flags_the_review_and_the_form_refuses_another_decision() {
        assertThat(CurrentUser.asSystem(reconciliation::reconcile)).isGreaterThanOrEqualTo(1);

        var recorded = AsUser.call("mia", () -> decisions.recordedInRepository(review)).orElseThrow();
        assertThat(recorded.outcome()).isEqualTo("Approved");
        assertThat(recorded.statement()).isEqualTo("Cache pages for five minutes");
        assertThat(recorded.where()).isEqualTo("Demo repository: main");

        var refused = catchThrowableOfType(IncompleteDecisionException.class,
                () -> AsUser.run("mia", () -> decisions.close(review, closing(Outcome.REJECTED, "Do not cache"))));
        assertThat(refused.missing()).singleElement().asString()
                .startsWith("The repository already has this review's decision: commit " + recorded.commitId().substring(0, 7)
                        + " in Demo repository: main records \u201cApproved: Cache pages for five minutes\u201d");
        assertThat(AsUser.call("mia", () -> decisions.decision(review))).isEmpty();
    }

    @Test
    void closing_with_the_recorded_decision_restores_the_record_on_the_commit_already_there() {
        CurrentUser.asSystem(reconciliation::reconcile);
        String commit = AsUser.call("mia", () -> decisions.recordedInRepository(review)).orElseThrow().commitId();

        AsUser.run("mia", () -> decisions.close(review, closing(Outcome.APPROVED, "Cache pages for five minutes")));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                AsUser.call("mia", () -> publications.status(review)).state() == PublicationState.PUBLISHED);
        assertThat(AsUser.call("mia", () -> publications.status(review)).commitId()).isEqualTo(commit);
        assertThat(commitsOf(review)).containsExactly(commit);
        assertThat(AsUser.call("mia", () -> decisions.recordedInRepository(review))).isEmpty();
    }

    @Test
    void without_the_check_a_different_decision_is_refused_at_publishing_and_nothing_is_committed() {
        String planted = commitsOf(review).getFirst();

        AsUser.run("mia", () -> decisions.close(review, closing(Outcome.REJECTED, "Do not cache")));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                AsUser.call("mia", () -> publications.status(review)).state() == PublicationState.NEEDS_ATTENTION);
        var status = AsUser.call("mia", () -> publications.status(review));
        assertThat(status.problem()).startsWith("The repository already records this review's decision in commit "
                + planted.substring(0, 7) + " as Approved: \u201cCache pages for five minutes\u201d");
        assertThat(status.mayRetry()).isFalse();
        assertThat(commitsOf(review)).containsExactly(planted);
        assertThat(AsUser.call("mia", () -> reviews.mine()).stream().filter(r -> r.id().equals(review)).findFirst()
                .orElseThrow().status()).isEqualTo(ReviewStatus.NEEDS_ATTENTION);
    }

    @Test
    void the_decision_form_says_what_the_repository_records_and_fills_it_in_on_request() {
        CurrentUser.asSystem(reconciliation::reconcile);
        loginAs("mia");
        com.vaadin.flow.component.UI.getCurrent().navigate("reviews/" + review + "/decision");

        var warning = _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("recorded-in-git"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains("This review's decision is already in the repository",
                "records \u201cApproved: Cache pages for five minutes\u201d");
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Use the recorded decision")));

        assertThat(_get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Outcome")).getValue()).isEqualTo(Outcome.APPROVED);
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withLabel("Decision statement")).getValue())
                .isEqualTo("Cache pages for five minutes");
    }

    private static CloseMeeting closing(Outcome outcome, String statement) {
        return CloseMeeting.of(outcome, statement, "Pages are slow", "alice", new AlternativeConsidered("No cache", "Too slow"));
    }

    /** What an earlier life of Verdict pushed before the crash that lost the database's record. */
    private void commitToTheRemote(String messageBody) {
        Path clone = cloneOf(TestData.remote(), temp.resolve("clone"));
        try {
            Files.writeString(clone.resolve("lost-" + review + ".md"), "# A decision the database lost\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        git(clone, "add", ".");
        git(clone, "-c", "user.name=Verdict", "-c", "user.email=verdict@localhost", "commit", "-q",
                "-m", "Record design review decision: lost\n\n" + messageBody);
        for (int attempt = 1; ; attempt++) {
            try {
                git(clone, "-c", "user.name=Verdict", "-c", "user.email=verdict@localhost", "pull", "-q", "--rebase");
                git(clone, "push", "-q", "origin", "HEAD");
                return;
            } catch (AssertionError moved) {
                if (attempt == 5) {
                    throw moved;
                }
            }
        }
    }

    private java.util.List<String> commitsOf(UUID reviewId) {
        Path clone = cloneOf(TestData.remote(), temp.resolve("check-" + UUID.randomUUID()));
        return git(clone, "log", "--format=%H", "--grep", "Design-Review: " + reviewId).lines().toList();
    }
}
