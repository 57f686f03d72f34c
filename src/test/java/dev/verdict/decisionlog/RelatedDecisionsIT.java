package dev.verdict.decisionlog;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AdrRepos;
import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.decision.DecisionService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.PreReadService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.RelatedDecisions.RelatedDecision;
import dev.verdict.review.ReviewService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A review's doc finds the decisions on its topic first, in the pre-read, the room and the decision form. */
class RelatedDecisionsIT extends AppTest {

    @Autowired
    DecisionLogSync sync;
    @Autowired
    RepositoryService repositories;
    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    DecisionService decisions;

    @TempDir
    Path temp;

    private final String word = "okapi" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void a_review_whose_doc_is_about_the_same_topic_gets_that_adr_first_and_the_form_offers_to_supersede_it() throws IOException {
        Path remote = AdrRepos.bareRepository("madr4", temp);
        Path work = AdrRepos.clone(remote, temp.resolve("work"));
        Files.writeString(work.resolve("docs/decisions/0003-render-" + word + "-pages-on-every-request.md"),
                "---\nstatus: accepted\ndate: 2025-05-01\ntags: [" + word + "]\n---\n\n# Render " + word + " pages on every request\n\n"
                        + "## Context and Problem Statement\n\nThe " + word + " shop renders each page per request; no page cache.\n\n"
                        + "## Decision Outcome\n\nChosen option: \"render every time\", because pages stay fresh.\n");
        Files.createDirectories(work.resolve("docs/design"));
        Files.writeString(work.resolve("docs/design/" + word + "-cache.md"), "# A page cache for the " + word + " shop\n\n"
                + "The " + word + " shop renders every page on every request.\n\n" + TestDocs.READY);
        git(work, "add", "-A");
        git(work, "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "-m", "ADRs and a doc");
        git(work, "push", "-q", "origin", "HEAD:main");
        String name = "shop-" + word;
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(name, remote.toString(), "main",
                null, null, null, null)));
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("A page cache for the " + word + " shop", null,
                new DocReference(repository, "docs/design/" + word + "-cache.md", reviews.browse(repository).headCommit()),
                "bob", "alice", Set.of(), Set.of(), 30, null)));
        sync.refresh();

        var related = AsUser.call("bob", () -> preReads.relatedDecisions(review));
        assertThat(related).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        RelatedDecision first = related.getFirst();
        assertThat(first.label()).isEqualTo("0003 · Render " + word + " pages on every request");
        assertThat(first.status()).isEqualTo("Accepted");
        assertThat(first.repository()).isEqualTo(name);
        assertThat(AsUser.call("alice", () -> meetings.relatedDecisions(review))).first().isEqualTo(first);

        assertThat(AsUser.call("mia", () -> decisions.supersedeSuggestion(review))).contains(first);
        assertThatThrownBy(() -> AsUser.call("olga", () -> preReads.relatedDecisions(review))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("bob", () -> decisions.supersedeSuggestion(review))).as("moderator only")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_pasted_doc_has_related_decisions_but_nothing_to_supersede() {
        UUID review = AsUser.call("mia", () -> reviews.open(new NewReview("Nothing like the " + word, TestDocs.READY, null, null,
                "mia", Set.of(), Set.of(), 30, null)));
        sync.refresh();

        assertThat(AsUser.call("mia", () -> decisions.supersedeSuggestion(review))).isEmpty();
        assertThat(AsUser.call("mia", () -> preReads.relatedDecisions(review))).allSatisfy(d -> assertThat(d.entryId()).isNotNull());
    }
}
