package dev.verdict.preread;

import static dev.verdict.CommandLine.git;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verdict.AppTest;
import dev.verdict.AsUser;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import jakarta.validation.ConstraintViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what in a pre-read, enforced by the service whatever a screen shows. */
class PreReadRulesIT extends AppTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preRead;
    @Autowired
    RepositoryService repositories;
    @Autowired
    MeetingService meetings;

    @TempDir
    Path temp;

    UUID review;
    UUID aliceComment;

    @BeforeEach
    void anOpenPreReadWithOneComment() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Rules", TestDocs.READY,
                Set.of("alice", "bob"), Set.of("olga"), 30)));
        AsUser.run("mia", () -> preRead.open(review));
        aliceComment = AsUser.call("alice", () -> preRead.comment(review,
                new NewComment("Proposal", null, CommentKind.QUESTION, "Why five minutes?")));
    }

    @Test
    void only_the_reviews_people_see_the_doc_and_the_comments() {
        assertThatThrownBy(() -> AsUser.call("admin", () -> preRead.comments(review))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("admin", () -> preRead.status(review))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("olga", () -> preRead.comments(review))).hasSize(1);
    }

    @Test
    void observers_read_but_do_not_comment_or_reply() {
        assertThatThrownBy(() -> AsUser.call("olga", () -> preRead.comment(review,
                new NewComment("Proposal", null, CommentKind.NIT, "Typo")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("olga", () -> preRead.reply(review, aliceComment, "Me too")))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run("olga", () -> preRead.markRead(review));
    }

    @Test
    void only_the_author_edits_and_only_the_author_or_the_moderator_resolves() {
        assertThatThrownBy(() -> AsUser.run("bob", () -> preRead.edit(review, aliceComment, "Hijacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("mia", () -> preRead.edit(review, aliceComment, "Moderated")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("bob", () -> preRead.resolve(review, aliceComment, null)))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run("alice", () -> preRead.edit(review, aliceComment, "Why five minutes and not one?"));
        AsUser.run("mia", () -> preRead.resolve(review, aliceComment, "Answered in the doc"));
        var comment = AsUser.call("bob", () -> preRead.comments(review)).getFirst();
        assertThat(comment.body()).isEqualTo("Why five minutes and not one?");
        assertThat(comment.edited()).isTrue();
        assertThat(comment.resolved()).isTrue();
        assertThat(comment.resolutionNote()).isEqualTo("Answered in the doc");
        AsUser.run("alice", () -> preRead.reopen(review, aliceComment));
        assertThat(AsUser.call("bob", () -> preRead.comments(review)).getFirst().resolved()).isFalse();
    }

    @Test
    void an_attendee_made_observer_no_longer_edits_resolves_or_reopens_their_own_comment() {
        AsUser.run("mia", () -> reviews.changeRoles(review, "alice", Set.of(dev.verdict.review.ReviewRole.OBSERVER)));

        assertThatThrownBy(() -> AsUser.run("alice", () -> preRead.edit(review, aliceComment, "Still mine?")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("alice", () -> preRead.resolve(review, aliceComment, null)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run("mia", () -> preRead.resolve(review, aliceComment, "Answered"));
        assertThatThrownBy(() -> AsUser.run("alice", () -> preRead.reopen(review, aliceComment)))
                .isInstanceOf(AccessDeniedException.class);
        var seenByAlice = AsUser.call("alice", () -> preRead.comments(review)).getFirst();
        assertThat(seenByAlice.body()).isEqualTo("Why five minutes?");
        assertThat(seenByAlice.mayEdit()).as("the page offers no edit").isFalse();
        assertThat(seenByAlice.mayResolve()).as("nor resolve or reopen").isFalse();
    }

    @Test
    void only_the_moderator_opens_and_triages() {
        assertThatThrownBy(() -> AsUser.call("alice", () -> preRead.triage(review))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("alice", () -> preRead.toAgenda(review, aliceComment, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("bob", () -> preRead.park(review, aliceComment))).isInstanceOf(AccessDeniedException.class);
        UUID other = AsUser.call("mia", () -> reviews.open(new NewReview("Other", TestDocs.READY, Set.of("alice"), Set.of(), 30)));
        assertThatThrownBy(() -> AsUser.run("alice", () -> preRead.open(other))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_comment_is_triaged_once_and_the_summary_counts_readers_other_than_the_moderator() {
        AsUser.run("mia", () -> preRead.park(review, aliceComment));

        assertThatThrownBy(() -> AsUser.run("mia", () -> preRead.park(review, aliceComment)))
                .isInstanceOf(InvalidCommentException.class).hasMessage("This comment is already parked");
        assertThatThrownBy(() -> AsUser.run("mia", () -> preRead.toAgenda(review, aliceComment, 5)))
                .isInstanceOf(InvalidCommentException.class).hasMessage("This comment is already parked");
        AsUser.run("mia", () -> preRead.markRead(review));
        AsUser.run("alice", () -> preRead.markRead(review));
        var stats = AsUser.call("mia", () -> preRead.stats(review));
        assertThat(stats.read()).isEqualTo(1);
        assertThat(stats.invited()).isEqualTo(3);
        assertThat(stats.parked()).isEqualTo(1);
    }

    @Test
    void a_comment_parked_in_the_pre_read_is_a_parking_lot_item_of_no_agenda_item() {
        AsUser.run("mia", () -> preRead.park(review, aliceComment));

        var parked = AsUser.call("mia", () -> meetings.room(review)).parked();
        assertThat(parked).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("From the pre-read (Proposal): Why five minutes?");
            assertThat(item.duringItem()).isNull();
        });
    }

    @Test
    void an_empty_or_oversized_comment_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> AsUser.call("bob", () -> preRead.comment(review,
                new NewComment("Proposal", null, CommentKind.NIT, "   ")))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Write the comment first");
        assertThatThrownBy(() -> AsUser.call("bob", () -> preRead.comment(review,
                new NewComment("Proposal", null, CommentKind.NIT, "x".repeat(10_001))))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("A comment is limited to 10 000 characters");
        assertThatThrownBy(() -> AsUser.run("bob", () -> preRead.reply(review, aliceComment, ""))).isInstanceOf(InvalidCommentException.class)
                .hasMessage("Write the comment first: an empty comment says nothing");
        assertThatThrownBy(() -> AsUser.call("bob", () -> preRead.comment(review,
                new NewComment("Appendix Z", null, CommentKind.NIT, "Where?")))).isInstanceOf(InvalidCommentException.class)
                .hasMessage("The doc has no section “Appendix Z”");
        assertThat(AsUser.call("bob", () -> preRead.comments(review))).hasSize(1);
    }

    @Test
    void comments_wait_until_the_pre_read_is_open() {
        UUID closed = AsUser.call("mia", () -> reviews.open(new NewReview("Not yet", TestDocs.READY, Set.of("alice"), Set.of(), 30)));

        assertThatThrownBy(() -> AsUser.call("alice", () -> preRead.comment(closed,
                new NewComment("Proposal", null, CommentKind.QUESTION, "Early?")))).isInstanceOf(InvalidCommentException.class)
                .hasMessage("The pre-read is not open yet");
    }

    @Test
    void after_update_to_latest_a_comment_whose_section_vanished_is_kept_marked_outdated_with_its_quote() throws Exception {
        Path remote = temp.resolve("docs.git");
        git(temp, "init", "-q", "--bare", "-b", "main", remote.toString());
        Path work = temp.resolve("work");
        git(temp, "clone", "-q", remote.toUri().toString(), work.toString());
        Files.writeString(work.resolve("cache.md"), TestDocs.READY + "\n## Appendix\nOld numbers.\n");
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "v1");
        git(work, "push", "-q", "origin", "HEAD:main");
        UUID repository = AsUser.call("admin", () -> repositories.connect(new NewRepository(
                "docs-" + UUID.randomUUID().toString().substring(0, 8), remote.toString(), "main", null, null, null, null)));
        UUID pinned = AsUser.call("mia", () -> reviews.open(new NewReview("Pinned", null,
                new DocReference(repository, "cache.md", reviews.browse(repository).headCommit()), null, null,
                Set.of("alice"), Set.of(), 30, null)));
        AsUser.run("mia", () -> preRead.open(pinned));
        AsUser.call("alice", () -> preRead.comment(pinned, new NewComment("Appendix", "Old numbers", CommentKind.NIT, "Update them")));
        AsUser.call("alice", () -> preRead.comment(pinned, new NewComment("Rollback", null, CommentKind.QUESTION, "Tested?")));
        Files.writeString(work.resolve("cache.md"), TestDocs.READY);
        git(work, "commit", "-q", "-am", "v2 without the appendix");
        git(work, "push", "-q", "origin", "HEAD:main");

        AsUser.call("mia", () -> reviews.updateToLatest(pinned));

        List<CommentView> comments = AsUser.call("alice", () -> preRead.comments(pinned));
        assertThat(comments).extracting(CommentView::section, CommentView::outdated, CommentView::quote).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Appendix", true, "Old numbers"),
                org.assertj.core.groups.Tuple.tuple("Rollback", false, null));
    }
}
