package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditService;
import dev.verdict.agenda.SectionLoad;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.history.HistoryService;
import dev.verdict.meeting.MeetingService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, asked of the services themselves (not the screens): each operation is called
 * by a person holding each role in a review of its own, set up as the operation needs it. A call
 * refused with {@link AccessDeniedException} is "refused"; any other outcome (done, or a rule of
 * the domain such as "start the meeting first") got past the permission check and is "allowed".
 * The table is asserted, and {@code docs/permissions.md} must be exactly the table rendered here:
 * run with {@code -Dverdict.permissions.write=true} to rewrite it after a deliberate change.
 */
class PermissionMatrixIT extends AppTest {

    private static final String DOC = TestDocs.READY;

    enum Who {
        MODERATOR("moderator"), CO_MODERATOR("co-moderator"), AUTHOR("author"), DECISION_MAKER("decision maker"),
        ATTENDEE("attendee"), OBSERVER("observer"), NON_MEMBER("non-member"), ADMIN("admin, not a member"),
        REMOVED("removed member");

        final String label;

        Who(String label) {
            this.label = label;
        }
    }

    /** An operation: what to set up as the moderator (mia) first, then the call the person makes. */
    private record Operation(String name, BiConsumer<UUID, String> setUp, BiConsumer<UUID, String> call) {
    }

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
    @Autowired
    AuditService audit;
    @Autowired
    RepositoryService repositories;
    @Autowired
    HistoryService history;

    /**
     * The rules: for each operation, the roles allowed (in {@link Who} order: M, CoM, A, DM, At, O,
     * N, Ad, R).
     */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("read the review", "yes yes yes yes yes yes no no no");
        EXPECTED.put("read the room", "yes yes yes yes yes yes no no no");
        EXPECTED.put("re-plan the agenda", "yes yes no no no no no no no");
        EXPECTED.put("add a member", "yes yes no no no no no no no");
        EXPECTED.put("change a member's roles", "yes yes no no no no no no no");
        EXPECTED.put("remove a member", "yes yes no no no no no no no");
        EXPECTED.put("open the pre-read", "yes yes no no no no no no no");
        EXPECTED.put("comment in the pre-read", "yes yes yes yes yes no no no no");
        EXPECTED.put("start the meeting", "yes yes no no no no no no no");
        EXPECTED.put("move the clock (next item)", "yes yes no no no no no no no");
        EXPECTED.put("hand over moderation", "yes yes no no no no no no no");
        EXPECTED.put("take over moderation (once no moderator is in the room)", "yes yes yes yes yes no no no no");
        EXPECTED.put("capture a risk", "yes yes yes yes yes no no no no");
        EXPECTED.put("remove another person's capture", "yes yes no no no no no no no");
        EXPECTED.put("close with the decision", "yes yes no no no no no no no");
        EXPECTED.put("read the publication", "yes yes yes yes yes yes no no no");
        EXPECTED.put("read the review's audit trail", "yes yes no no no no no yes no");
        EXPECTED.put("pause an unattended meeting (background work only)", "no no no no no no no no no");
        EXPECTED.put("list connected repositories", "no no no no no no no yes no");
        EXPECTED.put("see the review in the history", "yes yes yes yes yes yes no no no");
        EXPECTED.put("find the review's texts by search", "yes yes yes yes yes yes no no no");
    }

    /** The capture alice made in each review, for the operation that removes another person's capture. */
    private final Map<UUID, UUID> alicesCapture = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Operation> operations() {
        BiConsumer<UUID, String> nothing = (id, who) -> { };
        BiConsumer<UUID, String> started = (id, who) -> AsUser.run("mia", () -> meetings.start(id));
        return List.of(
                new Operation("read the review", nothing, (id, who) -> reviews.details(id)),
                new Operation("read the room", nothing, (id, who) -> meetings.room(id)),
                new Operation("re-plan the agenda", nothing, (id, who) -> reviews.replanFromDoc(id, SectionLoad.NONE)),
                new Operation("add a member", nothing, (id, who) -> reviews.addMember(id, "olga", ReviewRole.ATTENDEE)),
                new Operation("change a member's roles", nothing,
                        (id, who) -> reviews.changeRoles(id, "alice", Set.of(ReviewRole.OBSERVER))),
                new Operation("remove a member", nothing, (id, who) -> reviews.removeMember(id, "alice")),
                new Operation("open the pre-read", nothing, (id, who) -> preReads.open(id)),
                new Operation("comment in the pre-read", (id, who) -> AsUser.run("mia", () -> preReads.open(id)),
                        (id, who) -> preReads.comment(id, new NewComment("Problem", null, CommentKind.QUESTION, "p95?"))),
                new Operation("start the meeting", nothing, (id, who) -> meetings.start(id)),
                new Operation("move the clock (next item)", started, (id, who) -> meetings.next(id)),
                new Operation("hand over moderation", started, (id, who) -> meetings.handModerationTo(id, "alice")),
                new Operation("take over moderation (once no moderator is in the room)", started,
                        (id, who) -> meetings.takeOverModeration(id)),
                new Operation("capture a risk", started, (id, who) -> meetings.captureRisk(id, "Cold cache")),
                new Operation("remove another person's capture", (id, who) -> {
                    started.accept(id, who);
                    alicesCapture.put(id, AsUser.call("alice", () -> meetings.captureRisk(id, "Theirs")));
                }, (id, who) -> meetings.remove(id, alicesCapture.get(id))),
                new Operation("close with the decision", started, (id, who) -> decisions.close(id, CloseMeeting.of(
                        Outcome.APPROVED, "Cache pages", "Pages are slow", "mia", new AlternativeConsidered("No cache", "Slow")))),
                new Operation("read the publication", (id, who) -> {
                    AsUser.run("mia", () -> meetings.start(id));
                    String decides = AsUser.call("mia", () -> reviews.details(id).decisionMaker()
                            .map(dev.verdict.identity.Person::username).orElse("mia"));
                    AsUser.run("mia", () -> decisions.close(id, CloseMeeting.of(Outcome.APPROVED, "Cache pages",
                            "Pages are slow", decides, new AlternativeConsidered("No cache", "Slow"))));
                }, (id, who) -> publications.status(id)),
                new Operation("read the review's audit trail", nothing, (id, who) -> audit.trail(AuditQuery.ofReview(id))),
                new Operation("pause an unattended meeting (background work only)", started,
                        (id, who) -> meetings.pauseUnattended(id)),
                new Operation("list connected repositories", nothing, (id, who) -> repositories.list()),
                new Operation("see the review in the history", nothing, (id, who) -> {
                    if (history.reviews().stream().noneMatch(r -> r.id().equals(id))) {
                        throw new AccessDeniedException("not listed");
                    }
                }),
                new Operation("find the review's texts by search", (id, who) -> {
                    AsUser.run("mia", () -> meetings.start(id));
                    AsUser.run("mia", () -> meetings.captureRisk(id, "A cold " + searchable(id) + " cache"));
                    await().atMost(Duration.ofSeconds(20)).until(() -> AsUser.call("mia", () -> history.search(searchable(id))).size() == 1);
                }, (id, who) -> {
                    if (history.search(searchable(id)).stream().noneMatch(r -> r.reviewId().equals(id))) {
                        throw new AccessDeniedException("not found");
                    }
                }));
    }

    /** A word only this review's risk holds. */
    private static String searchable(UUID id) {
        return "perm" + id.toString().replaceAll("[^a-f]", "");
    }

    @Test
    void each_role_may_do_what_the_permission_table_says_and_nothing_more() throws Exception {
        Map<String, String> observed = new LinkedHashMap<>();
        for (Operation op : operations()) {
            var row = new StringBuilder();
            for (Who who : Who.values()) {
                String person = who == Who.MODERATOR ? "mia" : who == Who.ADMIN ? "admin" : "bob";
                UUID id = AsUser.call("mia", () -> reviews.open(review(who)));
                if (who == Who.CO_MODERATOR) {
                    AsUser.run("mia", () -> reviews.changeRoles(id, "bob", Set.of(ReviewRole.MODERATOR)));
                }
                if (who == Who.REMOVED) {
                    AsUser.run("mia", () -> reviews.removeMember(id, "bob"));
                }
                op.setUp().accept(id, person);
                boolean allowed;
                try {
                    AsUser.run(person, () -> op.call().accept(id, person));
                    allowed = true;
                } catch (AccessDeniedException refused) {
                    allowed = false;
                } catch (RuntimeException ruleOfTheDomain) {
                    allowed = true;
                }
                row.append(row.isEmpty() ? "" : " ").append(allowed ? "yes" : "no");
            }
            observed.put(op.name(), row.toString());
        }

        assertThat(observed).containsExactlyEntriesOf(EXPECTED);
        String table = table(EXPECTED);
        Path doc = Path.of("docs", "permissions.md");
        if (Boolean.getBoolean("verdict.permissions.write")) {
            Files.writeString(doc, table);
        }
        assertThat(Files.readString(doc)).as("docs/permissions.md is the table this test checks (rewrite it with"
                + " -Dverdict.permissions.write=true)").isEqualTo(table);
    }

    /**
     * A review where bob holds the role (or none), mia moderates and alice attends. The co-moderator
     * is made one after the opening, and the removed member removed, as a moderator would.
     */
    private static NewReview review(Who who) {
        String title = "Permissions " + who.label;
        return switch (who) {
            case MODERATOR, NON_MEMBER, ADMIN -> new NewReview(title, DOC, Set.of("alice"), Set.of(), 30);
            case AUTHOR -> new NewReview(title, DOC, null, "bob", null, Set.of("alice"), Set.of(), 30, null);
            case DECISION_MAKER -> new NewReview(title, DOC, null, null, "bob", Set.of("alice"), Set.of(), 30, null);
            case ATTENDEE, CO_MODERATOR, REMOVED -> new NewReview(title, DOC, Set.of("alice", "bob"), Set.of(), 30);
            case OBSERVER -> new NewReview(title, DOC, Set.of("alice"), Set.of("bob"), 30);
        };
    }

    static String table(Map<String, String> rules) {
        var md = new StringBuilder("""
                # Permissions

                Who may do what in a review, as the services enforce it (the screens only hide what a
                person may not do). This file is generated from `PermissionMatrixIT`, which calls each
                operation as each role and fails when the services and this table disagree; rewrite it with
                `mvn verify -Dtest=none -Dit.test=PermissionMatrixIT -Dverdict.permissions.write=true`.

                "Admin, not a member" is a user with the ADMIN role who does not belong to the review:
                admins manage repositories and read the audit trail, not other teams' reviews: History
                and search show an admin only the reviews they are in. A
                co-moderator is a second moderator a moderator added; a removed member was in the review
                until a moderator removed them, and is refused from that moment. "Take over moderation"
                passes the permission check for everyone taking part, and then succeeds only once no
                moderator has had the room open for five minutes.

                """);
        md.append("| operation |");
        for (Who who : Who.values()) {
            md.append(' ').append(who.label).append(" |");
        }
        md.append("\n| --- |").append(" :-: |".repeat(Who.values().length)).append('\n');
        rules.forEach((op, row) -> {
            md.append("| ").append(op).append(" |");
            for (String cell : row.split(" ")) {
                md.append(' ').append(cell.equals("yes") ? "yes" : "—").append(" |");
            }
            md.append('\n');
        });
        return md.toString();
    }
}
