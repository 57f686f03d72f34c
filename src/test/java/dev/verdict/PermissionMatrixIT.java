package dev.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.agenda.SectionLoad;
import dev.verdict.audit.AuditQuery;
import dev.verdict.audit.AuditService;
import dev.verdict.chat.ChatService;
import dev.verdict.chat.NewWebhook;
import dev.verdict.chat.WebhookKind;
import dev.verdict.decision.AlternativeConsidered;
import dev.verdict.followup.FollowUpService;
import dev.verdict.revisit.RevisitService;
import dev.verdict.tracker.NewTracker;
import dev.verdict.tracker.TrackerKind;
import dev.verdict.tracker.TrackerService;
import dev.verdict.decisionlog.DecisionLogService;
import dev.verdict.decisionlog.LogEntry;
import dev.verdict.decisionlog.LogFilter;
import dev.verdict.history.HistoryService;
import dev.verdict.decision.CloseMeeting;
import dev.verdict.decision.DecisionService;
import dev.verdict.decision.Outcome;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Disposition;
import dev.verdict.meeting.MeetingService;
import dev.verdict.meeting.RoomDisplayService;
import dev.verdict.preread.CommentKind;
import dev.verdict.preread.NewComment;
import dev.verdict.preread.NotificationService;
import dev.verdict.preread.PreReadService;
import dev.verdict.publishing.PublicationService;
import dev.verdict.repository.DocumentService;
import dev.verdict.repository.NewRepository;
import dev.verdict.repository.RepositoryChoice;
import dev.verdict.repository.CodeHostKind;
import dev.verdict.repository.CodeHostSettings;
import dev.verdict.repository.RepositoryService;
import dev.verdict.review.AgendaItemDraft;
import dev.verdict.review.DocReference;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewRole;
import dev.verdict.review.ReviewService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, asked of the services themselves (not the screens): each public method of the
 * services a member of a review can reach is called by a person holding each role in a review of
 * its own, set up as the operation needs it. A call refused with {@link AccessDeniedException} is
 * "refused"; any other outcome (done, or a rule of the domain such as "start the meeting first")
 * got past the permission check and is "allowed". A row may call several methods (overloads, or
 * two services' doors to the same rule): each is called in a fresh review, and they must agree.
 * The table is asserted, {@link PermissionMatrixCoverageTest} fails for a public method no row
 * calls, and {@code docs/permissions.md} must be exactly the table rendered here: run with
 * {@code -Dverdict.permissions.write=true} to rewrite it after a deliberate change.
 */
class PermissionMatrixIT extends AppTest {

    private static final String DOC = TestDocs.READY;

    /** The services whose every public method is a row (see {@link PermissionMatrixCoverageTest}). */
    static final List<Class<?>> SERVICES = List.of(ReviewService.class, PreReadService.class, MeetingService.class,
            RoomDisplayService.class, DecisionService.class, PublicationService.class, AuditService.class,
            RepositoryService.class, DocumentService.class, NotificationService.class, HistoryService.class,
            FollowUpService.class, RevisitService.class, DecisionLogService.class, ChatService.class,
            TrackerService.class);

    enum Who {
        MODERATOR("moderator"), CO_MODERATOR("co-moderator"), AUTHOR("author"), DECISION_MAKER("decision maker"),
        ATTENDEE("attendee"), OBSERVER("observer"), NON_MEMBER("non-member"), ADMIN("admin, not a member"),
        REMOVED("removed member");

        final String label;

        Who(String label) {
            this.label = label;
        }
    }

    /**
     * One service method a row calls, named {@code "Class::method"} as the coverage guard reads it,
     * and the call the person makes in the review.
     */
    record Call(String covers, BiConsumer<UUID, String> body) {
    }

    /**
     * A row: what to set up while bob still attends ({@code before}: what he writes himself), what
     * to set up once he holds his role ({@code setUp}, as the moderator mia), and the calls.
     */
    record Operation(String name, BiConsumer<UUID, String> before, BiConsumer<UUID, String> setUp, List<Call> calls) {
    }

    @Autowired
    ReviewService reviews;
    @Autowired
    PreReadService preReads;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoomDisplayService displays;
    @Autowired
    DecisionService decisions;
    @Autowired
    PublicationService publications;
    @Autowired
    AuditService audit;
    @Autowired
    RepositoryService repositories;
    @Autowired
    DocumentService documents;
    @Autowired
    NotificationService notifications;
    @Autowired
    HistoryService history;
    @Autowired
    FollowUpService followUps;
    @Autowired
    RevisitService revisits;
    @Autowired
    DecisionLogService decisionLog;
    @Autowired
    ChatService chat;
    @Autowired
    TrackerService trackers;

    private static final String EVERYONE = "yes yes yes yes yes yes yes yes yes";
    private static final String MEMBERS = "yes yes yes yes yes yes no no no";
    private static final String PARTICIPANTS = "yes yes yes yes yes no no no no";
    private static final String MODERATORS = "yes yes no no no no no no no";
    private static final String MODERATORS_AND_ADMINS = "yes yes no no no no no yes no";
    private static final String ADMINS = "no no no no no no no yes no";
    private static final String NOBODY = "no no no no no no no no no";

    /**
     * The rules, by module in the order a review goes: for each operation, the roles allowed (in
     * {@link Who} order: M, CoM, A, DM, At, O, N, Ad, R).
     */
    static final Map<String, Map<String, String>> EXPECTED = new LinkedHashMap<>();

    private static Map<String, String> module(String name) {
        return EXPECTED.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    static {
        var review = module("Review");
        review.put("open a review (and moderate it)", EVERYONE);
        review.put("list your reviews", EVERYONE);
        review.put("see who can be invited", EVERYONE);
        review.put("check the roles picked on the new-review form", EVERYONE);
        review.put("get a suggested meeting time", EVERYONE);
        review.put("read the review (doc, team, agenda)", MEMBERS);
        review.put("see the team, your role and whether the team may still change", MEMBERS);
        review.put("pass the check \"moderates this review\" that other modules ask", MODERATORS);
        review.put("read the doc's readiness and section titles", MEMBERS);
        review.put("edit the agenda", MODERATORS);
        review.put("re-plan the agenda from the doc", MODERATORS);
        review.put("move the meeting to another time", MODERATORS);
        review.put("cancel the review before its meeting, with a reason", MODERATORS);
        review.put("pass the check \"the review is not cancelled\" that other modules ask", MEMBERS);
        review.put("read how often the meeting was moved (the calendar invitation's sequence)", MEMBERS);
        review.put("update the doc to its branch's latest commit", MODERATORS);
        review.put("fix the agenda (as the meeting starts)", MODERATORS);
        review.put("add a member", MODERATORS);
        review.put("change a member's roles", MODERATORS);
        review.put("remove a member", MODERATORS);
        review.put("see whom moderation can be handed to", MODERATORS);
        review.put("hand over moderation", MODERATORS);
        review.put("ask whether you may take over moderation", MEMBERS);
        review.put("take over moderation (once no moderator is in the room)", PARTICIPANTS);
        review.put("read where many reviews' docs come from (background work only)", NOBODY);

        var preRead = module("Pre-read");
        preRead.put("open the pre-read", MODERATORS);
        preRead.put("read the pre-read (doc, status, comments)", MEMBERS);
        preRead.put("say you have read the doc", MEMBERS);
        preRead.put("comment in the pre-read", PARTICIPANTS);
        preRead.put("reply to a pre-read comment", PARTICIPANTS);
        preRead.put("edit your own pre-read comment", PARTICIPANTS);
        preRead.put("edit another person's pre-read comment", NOBODY);
        preRead.put("resolve or reopen your own pre-read comment", PARTICIPANTS);
        preRead.put("resolve or reopen another person's pre-read comment", MODERATORS);
        preRead.put("see the triage (comments by section, who has read)", MODERATORS);
        preRead.put("give a comment agenda time", MODERATORS);
        preRead.put("re-plan the agenda by the comments", MODERATORS);
        preRead.put("park a comment for the meeting", MODERATORS);
        preRead.put("read the pre-read in numbers (for the summary)", MEMBERS);
        preRead.put("download the meeting's calendar invitation (.ics)", MEMBERS);

        var room = module("Room");
        room.put("read the room", MEMBERS);
        room.put("be shown as in the room", MEMBERS);
        room.put("close your room screen (only your own screen leaves)", EVERYONE);
        room.put("see how far the agenda runs over the timebox", MEMBERS);
        room.put("start the meeting", MODERATORS);
        room.put("start despite readiness blockers, with a reason", MODERATORS);
        room.put("run the clock (pause, resume, extend, next, back, skip, end)", MODERATORS);
        room.put("park the overrunning item and move on", MODERATORS);
        room.put("capture a risk, a parked topic, a question, an action or a note", PARTICIPANTS);
        room.put("edit your own capture", PARTICIPANTS);
        room.put("edit another person's capture", MODERATORS);
        room.put("remove your own capture", PARTICIPANTS);
        room.put("remove another person's capture", MODERATORS);
        room.put("read the pre-read comments on an agenda item", MEMBERS);
        room.put("see who can own a risk or an action", MEMBERS);
        room.put("open, see or revoke the TV display link", MODERATORS);
        room.put("watch the TV display (holding the link)", EVERYONE);
        room.put("list the meetings under way (background work only)", NOBODY);
        room.put("pause an unattended meeting (background work only)", NOBODY);
        room.put("read the action items of your reviews", MEMBERS);
        room.put("list every review's action items due (background work only)", NOBODY);

        var decision = module("Decision");
        decision.put("read the decision form (candidates, alternatives, ADRs to supersede)", MEMBERS);
        decision.put("see what keeps the meeting from closing", MEMBERS);
        decision.put("decide what becomes of a parked item", MODERATORS);
        decision.put("give a risk an owner, or accept it", MODERATORS);
        decision.put("preview the summary and the ADR", MODERATORS);
        decision.put("close the meeting with the decision", MODERATORS);
        decision.put("read the decision", MEMBERS);
        decision.put("see the decision's tags among the tags offered", MEMBERS);
        decision.put("be offered an accepted ADR on the same topic to supersede", MODERATORS);

        var publication = module("Publication");
        publication.put("see where the decision stands on its way into git", MEMBERS);
        publication.put("read or download the summary and the ADR", MEMBERS);
        publication.put("download the summary as PDF or the whole review as ZIP", MEMBERS);
        publication.put("retry publishing now", MODERATORS);
        publication.put("retry opening the pull request now", MODERATORS);
        publication.put("ask the host whether the pull request was merged", MEMBERS);

        var auditTrail = module("Audit");
        auditTrail.put("read or export the review's audit trail", MODERATORS_AND_ADMINS);
        auditTrail.put("read or export the whole audit trail", ADMINS);

        var repos = module("Repositories");
        repos.put("list the repositories a doc can come from", EVERYONE);
        repos.put("browse a repository's Markdown files", EVERYONE);
        repos.put("read a doc in a repository", EVERYONE);
        repos.put("read a repository's ADR log, convention and name", EVERYONE);
        repos.put("ask whether local paths may be connected", EVERYONE);
        repos.put("list connected repositories with their settings", ADMINS);
        repos.put("test or connect a repository", ADMINS);
        repos.put("set a repository's pull-request host API and token", ADMINS);
        repos.put("read the publishing credentials (background work only)", NOBODY);

        var chatWebhooks = module("Chat");
        chatWebhooks.put("list chat webhooks, the repositories they can be added to, and the latest deliveries", ADMINS);
        chatWebhooks.put("add or remove a repository's chat webhook", ADMINS);

        var tickets = module("Follow-up tickets");
        tickets.put("list issue trackers, the repositories they can be added to, and the latest tickets", ADMINS);
        tickets.put("add or remove a repository's issue tracker", ADMINS);
        tickets.put("see the review's follow-up tickets and their links", MEMBERS);
        tickets.put("retry a follow-up ticket now", MODERATORS_AND_ADMINS);

        var history = module("History and search");
        history.put("see the review in the history", MEMBERS);
        history.put("find the review's texts by search", MEMBERS);

        var decisionLog = module("Decision log");
        decisionLog.put("list, filter, search and open the ADRs of the connected repositories", EVERYONE);
        decisionLog.put("see the review's decision in the log with its link to the review", MEMBERS);
        decisionLog.put("see the decisions related to the review's doc", MEMBERS);

        var followUps = module("Follow-ups");
        followUps.put("list your follow-ups", EVERYONE);
        followUps.put("mark your own action item done", MEMBERS);
        followUps.put("mark another person's action item done", MODERATORS);

        var revisit = module("Revisits and carry-forward");
        revisit.put("read a decided review's revisit page", MEMBERS);
        revisit.put("start a revisit review", "yes yes no yes no no no no no");
        revisit.put("read the previous review carried forward (its decision, open action items)", MEMBERS);
        revisit.put("read a review's open action items", MEMBERS);
        revisit.put("list every decision due for a revisit (background work only)", NOBODY);

        var bell = module("Notifications");
        bell.put("count and read your notifications", EVERYONE);
        bell.put("mark your notifications seen", EVERYONE);
        bell.put("notify people (background work only)", NOBODY);
    }

    /** What each review's set-up made (a comment, a capture, a display link), for the call. */
    private final Map<UUID, UUID> made = new ConcurrentHashMap<>();
    private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

    private static Call call(String covers, BiConsumer<UUID, String> body) {
        return new Call(covers, body);
    }

    private static Operation op(String name, BiConsumer<UUID, String> setUp, Call... calls) {
        return new Operation(name, (id, who) -> { }, setUp, List.of(calls));
    }

    /** A row about something the person made themselves, before they were given their role. */
    private static Operation own(String name, BiConsumer<UUID, String> before, Call... calls) {
        return new Operation(name, before, (id, who) -> { }, List.of(calls));
    }

    private static <T> T as(String username, Supplier<T> work) {
        return AsUser.call(username, work);
    }

    /** Made by the person if they may, else by alice: a non-member's "own" comment is someone else's. */
    private UUID byThemElseAlice(String person, Supplier<UUID> make) {
        try {
            return as(person, make);
        } catch (AccessDeniedException mayNot) {
            return as("alice", make);
        }
    }

    private long clock(UUID id) {
        return as("mia", () -> meetings.room(id).clockVersion());
    }

    private UUID repository() {
        return as("mia", () -> documents.repositories()).stream().findFirst().map(RepositoryChoice::id)
                .orElseGet(UUID::randomUUID);
    }

    /** A tag only this review's decision carries. */
    private static String tagOf(UUID reviewId) {
        return "matrix-" + reviewId.toString().substring(0, 8);
    }

    private static CloseMeeting decisionBy(String decisionMaker) {
        return CloseMeeting.of(Outcome.APPROVED, "Cache pages", "Pages are slow", decisionMaker,
                new AlternativeConsidered("No cache", "Slow"));
    }

    List<Operation> operations() {
        BiConsumer<UUID, String> nothing = (id, who) -> { };
        BiConsumer<UUID, String> opened = (id, who) -> {
            AsUser.run("mia", () -> preReads.open(id));
            // The invited have seen their invitation: other tests of the run count the bell.
            List.of("alice", "bob").forEach(invited -> AsUser.run(invited, () -> notifications.markSeen(
                    notifications.latest().stream().map(NotificationService.Item::id).toList())));
        };
        BiConsumer<UUID, String> started = (id, who) -> AsUser.run("mia", () -> meetings.start(id));
        BiConsumer<UUID, String> aliceCommented = (id, who) -> {
            opened.accept(id, who);
            made.put(id, as("alice", () -> preReads.comment(id, new NewComment("Problem", null, CommentKind.CONCERN, "p95?"))));
        };
        BiConsumer<UUID, String> aliceCaptured = (id, who) -> {
            started.accept(id, who);
            made.put(id, as("alice", () -> meetings.captureRisk(id, "Theirs")));
        };
        BiConsumer<UUID, String> aliceParked = (id, who) -> {
            started.accept(id, who);
            made.put(id, as("alice", () -> meetings.park(id, "Naming")));
        };
        BiConsumer<UUID, String> ownComment = (id, who) -> {
            opened.accept(id, who);
            made.put(id, byThemElseAlice(who, () -> preReads.comment(id,
                    new NewComment("Problem", null, CommentKind.QUESTION, "Mine"))));
        };
        BiConsumer<UUID, String> ownCapture = (id, who) -> {
            started.accept(id, who);
            made.put(id, byThemElseAlice(who, () -> meetings.captureRisk(id, "Mine")));
        };
        BiConsumer<UUID, String> decided = (id, who) -> {
            started.accept(id, who);
            String decides = as("mia", () -> reviews.details(id).decisionMaker()
                    .map(dev.verdict.identity.Person::username).orElse("mia"));
            AsUser.run("mia", () -> decisions.close(id, decisionBy(decides)));
        };
        BiConsumer<UUID, String> tagged = (id, who) -> {
            started.accept(id, who);
            String decides = as("mia", () -> reviews.details(id).decisionMaker()
                    .map(dev.verdict.identity.Person::username).orElse("mia"));
            AsUser.run("mia", () -> decisions.close(id, decisionBy(decides).withTags(List.of(tagOf(id)))));
        };
        BiConsumer<UUID, String> display = (id, who) -> tokens.put(id, as("mia", () -> displays.open(id)));
        var aDraft = decisionBy("mia");
        String noCommit = "0".repeat(40);

        var rows = new java.util.ArrayList<Operation>(List.of(
                // Review
                op("open a review (and moderate it)", nothing, call("ReviewService::open",
                        (id, who) -> reviews.open(new NewReview("Own review", DOC, Set.of("alice"), Set.of(), 30)))),
                op("list your reviews", nothing, call("ReviewService::mine", (id, who) -> reviews.mine())),
                op("see who can be invited", nothing, call("ReviewService::people", (id, who) -> reviews.people())),
                op("check the roles picked on the new-review form", nothing, call("ReviewService::checkRoles",
                        (id, who) -> reviews.checkRoles(null, "alice", Set.of("alice"), Set.of()))),
                op("get a suggested meeting time", nothing, call("ReviewService::suggestedStart",
                        (id, who) -> reviews.suggestedStart(ZoneId.of("Europe/Berlin")))),
                op("read the review (doc, team, agenda)", nothing,
                        call("ReviewService::details", (id, who) -> reviews.details(id))),
                op("see the team, your role and whether the team may still change", nothing,
                        call("ReviewService::team", (id, who) -> reviews.team(id)),
                        call("ReviewService::roleOfCaller", (id, who) -> reviews.roleOfCaller(id)),
                        call("ReviewService::teamChangeable", (id, who) -> reviews.teamChangeable(id))),
                op("pass the check \"moderates this review\" that other modules ask", nothing,
                        call("ReviewService::require", (id, who) -> reviews.require(id, ReviewRole.MODERATOR))),
                op("read the doc's readiness and section titles", nothing,
                        call("ReviewService::readiness", (id, who) -> reviews.readiness(id)),
                        call("ReviewService::sectionTitles", (id, who) -> reviews.sectionTitles(id)),
                        call("ReviewService::requireReadyToStart", (id, who) -> reviews.requireReadyToStart(id))),
                op("edit the agenda", nothing, call("ReviewService::replanAgenda",
                        (id, who) -> reviews.replanAgenda(id, List.of(new AgendaItemDraft("Everything", 30, ""))))),
                op("re-plan the agenda from the doc", nothing,
                        call("ReviewService::replanFromDoc", (id, who) -> reviews.replanFromDoc(id, SectionLoad.NONE))),
                op("move the meeting to another time", nothing, call("ReviewService::reschedule",
                        (id, who) -> reviews.reschedule(id, new dev.verdict.review.ScheduledStart(
                                java.time.LocalDateTime.now().plusDays(30).withNano(0), ZoneId.of("Europe/Berlin"))))),
                op("cancel the review before its meeting, with a reason", nothing, call("ReviewService::cancel",
                        (id, who) -> reviews.cancel(id, "The vendor withdrew the offer"))),
                op("pass the check \"the review is not cancelled\" that other modules ask", nothing,
                        call("ReviewService::requireNotCancelled", (id, who) -> reviews.requireNotCancelled(id))),
                op("read how often the meeting was moved (the calendar invitation's sequence)", nothing,
                        call("ReviewService::scheduleSequence", (id, who) -> reviews.scheduleSequence(id))),
                op("update the doc to its branch's latest commit", nothing,
                        call("ReviewService::updateToLatest", (id, who) -> reviews.updateToLatest(id))),
                op("fix the agenda (as the meeting starts)", nothing,
                        call("ReviewService::lockAgenda", (id, who) -> reviews.lockAgenda(id)),
                        call("ReviewService::lockAgenda", (id, who) -> reviews.lockAgenda(id, 0))),
                op("add a member", nothing, call("ReviewService::addMember",
                        (id, who) -> reviews.addMember(id, "olga", ReviewRole.ATTENDEE))),
                op("change a member's roles", nothing, call("ReviewService::changeRoles",
                        (id, who) -> reviews.changeRoles(id, "alice", Set.of(ReviewRole.OBSERVER)))),
                op("remove a member", nothing,
                        call("ReviewService::removeMember", (id, who) -> reviews.removeMember(id, "alice"))),
                op("see whom moderation can be handed to", nothing,
                        call("MeetingService::moderationCandidates", (id, who) -> meetings.moderationCandidates(id))),
                op("hand over moderation", started,
                        call("MeetingService::handModerationTo", (id, who) -> meetings.handModerationTo(id, "alice")),
                        call("ReviewService::handModerationTo", (id, who) -> reviews.handModerationTo(id, "alice"))),
                op("ask whether you may take over moderation", started, call("ReviewService::mayTakeOverModeration",
                        (id, who) -> reviews.mayTakeOverModeration(id))),
                op("take over moderation (once no moderator is in the room)", started,
                        call("MeetingService::takeOverModeration", (id, who) -> meetings.takeOverModeration(id)),
                        call("ReviewService::takeOverModeration", (id, who) -> reviews.takeOverModeration(id))),

                // Pre-read
                op("open the pre-read", nothing, call("PreReadService::open", (id, who) -> preReads.open(id))),
                op("read the pre-read (doc, status, comments)", aliceCommented,
                        call("PreReadService::page", (id, who) -> preReads.page(id)),
                        call("PreReadService::status", (id, who) -> preReads.status(id)),
                        call("PreReadService::comments", (id, who) -> preReads.comments(id)),
                        call("PreReadService::commentsOnSections",
                                (id, who) -> preReads.commentsOnSections(id, Set.of("Problem")))),
                op("download the meeting's calendar invitation (.ics)", nothing,
                        call("PreReadService::calendarInvitation", (id, who) -> preReads.calendarInvitation(id))),
                op("say you have read the doc", opened, call("PreReadService::markRead", (id, who) -> preReads.markRead(id))),
                op("comment in the pre-read", opened, call("PreReadService::comment",
                        (id, who) -> preReads.comment(id, new NewComment("Problem", null, CommentKind.QUESTION, "p95?")))),
                op("reply to a pre-read comment", aliceCommented, call("PreReadService::reply",
                        (id, who) -> preReads.reply(id, made.get(id), "Measured on Monday"))),
                own("edit your own pre-read comment", ownComment, call("PreReadService::edit",
                        (id, who) -> preReads.edit(id, made.get(id), "Mine, edited"))),
                op("edit another person's pre-read comment", aliceCommented, call("PreReadService::edit",
                        (id, who) -> preReads.edit(id, made.get(id), "Not theirs to edit"))),
                own("resolve or reopen your own pre-read comment", ownComment,
                        call("PreReadService::resolve", (id, who) -> preReads.resolve(id, made.get(id), "Answered")),
                        call("PreReadService::reopen", (id, who) -> preReads.reopen(id, made.get(id)))),
                op("resolve or reopen another person's pre-read comment", aliceCommented,
                        call("PreReadService::resolve", (id, who) -> preReads.resolve(id, made.get(id), "Answered")),
                        call("PreReadService::reopen", (id, who) -> preReads.reopen(id, made.get(id)))),
                op("see the triage (comments by section, who has read)", aliceCommented,
                        call("PreReadService::triage", (id, who) -> preReads.triage(id))),
                op("give a comment agenda time", aliceCommented,
                        call("PreReadService::toAgenda", (id, who) -> preReads.toAgenda(id, made.get(id), 2))),
                op("re-plan the agenda by the comments", aliceCommented,
                        call("PreReadService::replanByComments", (id, who) -> preReads.replanByComments(id))),
                op("park a comment for the meeting", aliceCommented,
                        call("PreReadService::park", (id, who) -> preReads.park(id, made.get(id)))),
                op("read the pre-read in numbers (for the summary)", aliceCommented,
                        call("PreReadService::stats", (id, who) -> preReads.stats(id))),

                // Room
                op("read the room", started,
                        call("MeetingService::room", (id, who) -> meetings.room(id)),
                        call("MeetingService::liveRoom", (id, who) -> meetings.liveRoom(id)),
                        call("DecisionService::room", (id, who) -> decisions.room(id))),
                op("be shown as in the room", started, call("MeetingService::present",
                        (id, who) -> meetings.present(id, UUID.randomUUID().toString()))),
                op("close your room screen (only your own screen leaves)", started, call("MeetingService::away",
                        (id, who) -> meetings.away(id, UUID.randomUUID().toString()))),
                op("see how far the agenda runs over the timebox", nothing,
                        call("MeetingService::agendaOverrun", (id, who) -> meetings.agendaOverrun(id))),
                op("start the meeting", nothing,
                        call("MeetingService::start", (id, who) -> meetings.start(id)),
                        call("MeetingService::start", (id, who) -> meetings.start(id, -1)),
                        call("MeetingService::start", (id, who) -> meetings.start(id, -1, 0))),
                op("start despite readiness blockers, with a reason", nothing,
                        call("MeetingService::overrideReadiness", (id, who) -> meetings.overrideReadiness(id, "Accepted")),
                        call("ReviewService::overrideReadiness", (id, who) -> reviews.overrideReadiness(id, "Accepted"))),
                op("run the clock (pause, resume, extend, next, back, skip, end)", started,
                        call("MeetingService::pause", (id, who) -> meetings.pause(id, clock(id))),
                        call("MeetingService::resume", (id, who) -> {
                            AsUser.run("mia", () -> meetings.pause(id, clock(id)));
                            meetings.resume(id, clock(id));
                        }),
                        call("MeetingService::extend", (id, who) -> meetings.extend(id, clock(id), 5)),
                        call("MeetingService::next", (id, who) -> meetings.next(id, clock(id))),
                        call("MeetingService::next", (id, who) -> meetings.next(id)),
                        call("MeetingService::back", (id, who) -> {
                            AsUser.run("mia", () -> meetings.next(id));
                            meetings.back(id, clock(id));
                        }),
                        call("MeetingService::skip", (id, who) -> meetings.skip(id, clock(id))),
                        call("MeetingService::end", (id, who) -> meetings.end(id, clock(id)))),
                op("park the overrunning item and move on", started, call("MeetingService::parkCurrentAndMoveOn",
                        (id, who) -> meetings.parkCurrentAndMoveOn(id, clock(id)))),
                op("capture a risk, a parked topic, a question, an action or a note", started,
                        call("MeetingService::captureRisk", (id, who) -> meetings.captureRisk(id, "Cold cache")),
                        call("MeetingService::park", (id, who) -> meetings.park(id, "Naming")),
                        call("MeetingService::capture", (id, who) -> meetings.capture(id, CaptureKind.QUESTION,
                                CaptureDetails.text("Who owns the cache?")))),
                own("edit your own capture", ownCapture, call("MeetingService::edit",
                        (id, who) -> meetings.edit(id, made.get(id), 0, CaptureDetails.text("Mine, edited")))),
                op("edit another person's capture", aliceCaptured, call("MeetingService::edit",
                        (id, who) -> meetings.edit(id, made.get(id), 0, CaptureDetails.text("Theirs, edited")))),
                own("remove your own capture", ownCapture,
                        call("MeetingService::remove", (id, who) -> meetings.remove(id, made.get(id)))),
                op("remove another person's capture", aliceCaptured,
                        call("MeetingService::remove", (id, who) -> meetings.remove(id, made.get(id)))),
                op("read the pre-read comments on an agenda item", aliceCommented,
                        call("MeetingService::preReadComments", (id, who) -> meetings.preReadComments(id, 0))),
                op("see who can own a risk or an action", nothing,
                        call("MeetingService::owners", (id, who) -> meetings.owners(id)),
                        call("DecisionService::riskOwners", (id, who) -> decisions.riskOwners(id))),
                op("open, see or revoke the TV display link", nothing,
                        call("RoomDisplayService::open", (id, who) -> displays.open(id)),
                        call("RoomDisplayService::active", (id, who) -> displays.active(id)),
                        call("RoomDisplayService::revoke", (id, who) -> displays.revoke(id))),
                op("watch the TV display (holding the link)", display,
                        call("RoomDisplayService::show", (id, who) -> assertThat(displays.show(tokens.get(id))).isPresent()),
                        call("RoomDisplayService::reviewOf",
                                (id, who) -> assertThat(displays.reviewOf(tokens.get(id))).contains(id))),
                op("list the meetings under way (background work only)", started,
                        call("MeetingService::startedAndUndecided", (id, who) -> meetings.startedAndUndecided())),
                op("pause an unattended meeting (background work only)", started,
                        call("MeetingService::pauseUnattended", (id, who) -> meetings.pauseUnattended(id))),

                // Decision
                op("read the decision form (candidates, alternatives, ADRs to supersede)", started,
                        call("DecisionService::candidates", (id, who) -> decisions.candidates(id)),
                        call("DecisionService::namedDecisionMaker", (id, who) -> decisions.namedDecisionMaker(id)),
                        call("DecisionService::suggestedAlternatives", (id, who) -> decisions.suggestedAlternatives(id)),
                        call("DecisionService::canSupersede", (id, who) -> decisions.canSupersede(id)),
                        call("DecisionService::adrLog", (id, who) -> decisions.adrLog(id)),
                        call("DecisionService::suggestedSupersedes", (id, who) -> decisions.suggestedSupersedes(id))),
                op("see what keeps the meeting from closing", aliceParked,
                        call("MeetingService::closingProblems", (id, who) -> meetings.closingProblems(id))),
                op("decide what becomes of a parked item", aliceParked,
                        call("MeetingService::dispose",
                                (id, who) -> meetings.dispose(id, made.get(id), Disposition.DROPPED, "Not ours")),
                        call("DecisionService::dispose",
                                (id, who) -> decisions.dispose(id, made.get(id), Disposition.DROPPED, "Not ours"))),
                op("give a risk an owner, or accept it", aliceCaptured,
                        call("MeetingService::settleRisk", (id, who) -> meetings.settleRisk(id, made.get(id), "alice", false)),
                        call("DecisionService::settleRisk", (id, who) -> decisions.settleRisk(id, made.get(id), null, true))),
                op("preview the summary and the ADR", started,
                        call("DecisionService::preview", (id, who) -> decisions.preview(id, aDraft))),
                op("close the meeting with the decision", started,
                        call("DecisionService::close", (id, who) -> decisions.close(id, aDraft)),
                        call("MeetingService::close", (id, who) -> meetings.close(id))),
                op("see the decision's tags among the tags offered", tagged,
                        call("DecisionService::knownTags", (id, who) -> {
                            if (!decisions.knownTags().contains(tagOf(id))) {
                                throw new AccessDeniedException("not offered");
                            }
                        })),
                op("read the decision", decided,
                        call("DecisionService::decision", (id, who) -> decisions.decision(id)),
                        call("DecisionService::recordedInRepository", (id, who) -> decisions.recordedInRepository(id))),

                // Publication
                op("see where the decision stands on its way into git", decided,
                        call("PublicationService::status", (id, who) -> publications.status(id))),
                op("read or download the summary and the ADR", decided,
                        call("PublicationService::summary", (id, who) -> publications.summary(id)),
                        call("PublicationService::adr", (id, who) -> publications.adr(id))),
                op("download the summary as PDF or the whole review as ZIP", decided,
                        call("PublicationService::summaryPdf", (id, who) -> publications.summaryPdf(id)),
                        call("PublicationService::reviewArchive", (id, who) -> publications.reviewArchive(id))),
                op("retry publishing now", decided,
                        call("PublicationService::retryNow", (id, who) -> publications.retryNow(id))),
                // No pull request is pending for this review: a moderator gets past the check and is told so.
                op("retry opening the pull request now", decided,
                        call("PublicationService::retryPullRequest", (id, who) -> publications.retryPullRequest(id))),
                op("ask the host whether the pull request was merged", decided,
                        call("PublicationService::checkPullRequest", (id, who) -> publications.checkPullRequest(id))),

                // Audit
                op("read or export the review's audit trail", nothing,
                        call("AuditService::trail", (id, who) -> audit.trail(AuditQuery.ofReview(id))),
                        call("AuditService::csv", (id, who) -> audit.csv(AuditQuery.ofReview(id)))),
                op("read or export the whole audit trail", nothing,
                        call("AuditService::trail", (id, who) -> audit.trail(AuditQuery.ALL)),
                        call("AuditService::csv", (id, who) -> audit.csv(AuditQuery.ALL))),

                // Repositories
                op("list the repositories a doc can come from", nothing,
                        call("DocumentService::repositories", (id, who) -> documents.repositories()),
                        call("ReviewService::docRepositories", (id, who) -> reviews.docRepositories())),
                op("browse a repository's Markdown files", nothing,
                        call("DocumentService::browse", (id, who) -> documents.browse(repository())),
                        call("ReviewService::browse", (id, who) -> reviews.browse(repository()))),
                op("read a doc in a repository", nothing,
                        call("DocumentService::read", (id, who) -> documents.read(repository(), "docs/none.md", noCommit)),
                        call("ReviewService::preview",
                                (id, who) -> reviews.preview(new DocReference(repository(), "docs/none.md", noCommit)))),
                op("read a repository's ADR log, convention and name", nothing,
                        call("DocumentService::adrLog", (id, who) -> documents.adrLog(repository())),
                        call("DocumentService::adrFolder", (id, who) -> documents.adrFolder(repository())),
                        call("DocumentService::convention", (id, who) -> documents.convention(repository())),
                        call("DocumentService::name", (id, who) -> documents.name(repository()))),
                op("ask whether local paths may be connected", nothing,
                        call("RepositoryService::localPathsAllowed", (id, who) -> repositories.localPathsAllowed())),
                op("list connected repositories with their settings", nothing,
                        call("RepositoryService::list", (id, who) -> repositories.list()),
                        call("RepositoryService::names", (id, who) -> repositories.names()),
                        // A repository that is not connected: past the permission check, it answers that it is not.
                        call("RepositoryService::nameOf", (id, who) -> repositories.nameOf(UUID.randomUUID()))),
                op("test or connect a repository", nothing,
                        call("RepositoryService::test", (id, who) -> repositories.test(nowhere())),
                        call("RepositoryService::connect", (id, who) -> repositories.connect(nowhere()))),
                // A repository that is not connected: past the permission check, nothing is stored.
                op("set a repository's pull-request host API and token", nothing,
                        call("RepositoryService::configureCodeHost", (id, who) -> repositories.configureCodeHost(
                                UUID.randomUUID(), new CodeHostSettings(CodeHostKind.GITHUB, null, null, "t")))),
                op("read the publishing credentials (background work only)", nothing,
                        call("DocumentService::publishTarget", (id, who) -> documents.publishTarget(repository()))),

                // Chat
                op("list chat webhooks, the repositories they can be added to, and the latest deliveries", nothing,
                        call("ChatService::webhooks", (id, who) -> chat.webhooks()),
                        call("ChatService::repositories", (id, who) -> chat.repositories()),
                        call("ChatService::deliveries", (id, who) -> chat.deliveries())),
                // A repository that is not connected: past the permission check, nothing added that would post.
                op("add or remove a repository's chat webhook", nothing,
                        call("ChatService::add", (id, who) -> chat.add(new NewWebhook(UUID.randomUUID(), WebhookKind.SLACK,
                                "https://chat.invalid/hooks/matrix"))),
                        call("ChatService::remove", (id, who) -> chat.remove(UUID.randomUUID()))),

                // Follow-up tickets
                op("list issue trackers, the repositories they can be added to, and the latest tickets", nothing,
                        call("TrackerService::trackers", (id, who) -> trackers.trackers()),
                        call("TrackerService::repositories", (id, who) -> trackers.repositories()),
                        call("TrackerService::latest", (id, who) -> trackers.latest())),
                // A repository that is not connected: past the permission check, nothing added that would file.
                op("add or remove a repository's issue tracker", nothing,
                        call("TrackerService::add", (id, who) -> trackers.add(new NewTracker(UUID.randomUUID(),
                                TrackerKind.GITHUB, "https://tracker.invalid", "acme/matrix", "matrix-token"))),
                        call("TrackerService::remove", (id, who) -> trackers.remove(UUID.randomUUID()))),
                op("see the review's follow-up tickets and their links", decided,
                        call("TrackerService::tickets", (id, who) -> trackers.tickets(id)),
                        call("TrackerService::ticketsOf", (id, who) -> trackers.ticketsOf(List.of(id)))),
                // No such ticket: past the permission check, "That ticket is gone".
                op("retry a follow-up ticket now", decided,
                        call("TrackerService::retry", (id, who) -> trackers.retry(id, UUID.randomUUID()))),

                // Notifications
                op("count and read your notifications", opened,
                        call("NotificationService::unseen", (id, who) -> notifications.unseen()),
                        call("NotificationService::latest", (id, who) -> notifications.latest())),
                op("mark your notifications seen", opened, call("NotificationService::markSeen",
                        (id, who) -> notifications.markSeen(notifications.latest().stream()
                                .map(NotificationService.Item::id).toList()))),
                op("notify people (background work only)", nothing, call("NotificationService::tell",
                        (id, who) -> notifications.tell(id, List.of("alice"), "Hello", "Hello", "reviews/" + id)))));
        rows.addAll(historyAndFollowUps(nothing, started));
        rows.addAll(revisits(nothing, started, decided));
        return rows;
    }

    /** A word only this review's risk holds. */
    private static String searchable(UUID id) {
        return "perm" + id.toString().replaceAll("[^a-f]", "");
    }

    /** The rows added with the history and follow-up modules. */
    private List<Operation> historyAndFollowUps(BiConsumer<UUID, String> nothing, BiConsumer<UUID, String> started) {
        BiConsumer<UUID, String> ownAction = (id, who) -> {
            started.accept(id, who);
            made.put(id, byThemElseAlice(who, () -> meetings.capture(id, CaptureKind.ACTION,
                    CaptureDetails.action("Mine to do", AsUser.call(who, () -> dev.verdict.identity.CurrentUser.username())
                            .equals(who) && isMember(id, who) ? who : "alice", java.time.LocalDate.now().plusDays(3)))));
        };
        BiConsumer<UUID, String> alicesAction = (id, who) -> {
            started.accept(id, who);
            made.put(id, as("mia", () -> meetings.capture(id, CaptureKind.ACTION,
                    CaptureDetails.action("Alice's to do", "alice", java.time.LocalDate.now().plusDays(3)))));
        };
        return List.of(
                op("read the action items of your reviews", started, call("MeetingService::actionItems",
                        (id, who) -> meetings.actionItems(List.of(id)))),
                op("list every review's action items due (background work only)", nothing,
                        call("MeetingService::actionItemsDueBy", (id, who) -> meetings.actionItemsDueBy(java.time.LocalDate.now()))),
                op("read where many reviews' docs come from (background work only)", nothing,
                        call("ReviewService::docSources", (id, who) -> reviews.docSources(List.of(id)))),
                op("see the review in the history", nothing,
                        call("HistoryService::reviews", (id, who) -> {
                            if (history.reviews().stream().noneMatch(r -> r.id().equals(id))) {
                                throw new AccessDeniedException("not listed");
                            }
                        }),
                        call("ReviewService::history", (id, who) -> {
                            if (reviews.history().stream().noneMatch(r -> r.id().equals(id))) {
                                throw new AccessDeniedException("not listed");
                            }
                        })),
                op("find the review's texts by search", (id, who) -> {
                    AsUser.run("mia", () -> meetings.start(id));
                    AsUser.run("mia", () -> meetings.captureRisk(id, "A cold " + searchable(id) + " cache"));
                    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                            .until(() -> as("mia", () -> history.search(searchable(id))).size() == 1);
                }, call("HistoryService::search", (id, who) -> {
                    if (history.search(searchable(id)).stream().noneMatch(r -> r.reviewId().equals(id))) {
                        throw new AccessDeniedException("not found");
                    }
                }), call("ReviewService::visibility", (id, who) -> {
                    if (!reviews.visibility().allows(id)) {
                        throw new AccessDeniedException("not visible");
                    }
                })),
                op("list your follow-ups", nothing, call("FollowUpService::mine", (id, who) -> followUps.mine())),
                own("mark your own action item done", ownAction, call("FollowUpService::markDone",
                        (id, who) -> followUps.markDone(id, made.get(id), "Done"))),
                op("mark another person's action item done", alicesAction, call("FollowUpService::markDone",
                        (id, who) -> followUps.markDone(id, made.get(id), "Done"))),
                op("be offered an accepted ADR on the same topic to supersede", nothing,
                        call("DecisionService::supersedeSuggestion", (id, who) -> decisions.supersedeSuggestion(id))),
                op("list, filter, search and open the ADRs of the connected repositories", nothing,
                        call("DecisionLogService::entries", (id, who) -> decisionLog.entries(new LogFilter("Accepted", null, null, null, false, "use"))),
                        call("DecisionLogService::choices", (id, who) -> decisionLog.choices()),
                        call("DecisionLogService::open", (id, who) -> decisionLog.open(decisionLog.entries(LogFilter.NONE).stream()
                                .filter(LogEntry::inGit).findFirst().map(LogEntry::id).orElseGet(UUID::randomUUID)))),
                op("see the review's decision in the log with its link to the review", (id, who) -> {
                    AsUser.run("mia", () -> meetings.start(id));
                    AsUser.run("mia", () -> decisions.close(id, decisionBy(as("mia", () -> reviews.details(id).decisionMaker()
                            .map(dev.verdict.identity.Person::username).orElse("mia")))));
                    // The log refreshes a moment after the decision commits (and again once it is published).
                    made.put(id, org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(
                            () -> as("mia", () -> decisionLog.entries(LogFilter.NONE).stream().filter(e -> id.equals(e.reviewId()))
                                    .findFirst().map(LogEntry::id).orElse(null)), java.util.Objects::nonNull));
                }, call("DecisionLogService::entries", (id, who) -> {
                    if (decisionLog.entries(LogFilter.NONE).stream().noneMatch(e -> id.equals(e.reviewId()))) {
                        throw new AccessDeniedException("not listed with its review");
                    }
                }), call("DecisionLogService::open", (id, who) -> {
                    if (decisionLog.open(made.get(id)).filter(e -> id.equals(e.entry().reviewId())).isEmpty()) {
                        throw new AccessDeniedException("not shown with its review");
                    }
                })),
                op("see the decisions related to the review's doc", nothing,
                        call("PreReadService::relatedDecisions", (id, who) -> preReads.relatedDecisions(id)),
                        call("MeetingService::relatedDecisions", (id, who) -> meetings.relatedDecisions(id))));
    }

    /** The rows added with revisits and carry-forward. */
    private List<Operation> revisits(BiConsumer<UUID, String> nothing, BiConsumer<UUID, String> started,
                                     BiConsumer<UUID, String> decided) {
        return List.of(
                op("read a decided review's revisit page", decided, call("RevisitService::page", (id, who) -> revisits.page(id))),
                op("start a revisit review", decided, call("RevisitService::startRevisit", (id, who) -> revisits.startRevisit(id))),
                op("read the previous review carried forward (its decision, open action items)", nothing,
                        call("RevisitService::previousReview", (id, who) -> revisits.previousReview(id)),
                        call("ReviewService::followed", (id, who) -> reviews.followed(id))),
                op("read a review's open action items", started, call("FollowUpService::openItems",
                        (id, who) -> followUps.openItems(id))),
                op("list every decision due for a revisit (background work only)", nothing,
                        call("DecisionService::revisitsDueBy", (id, who) -> decisions.revisitsDueBy(java.time.LocalDate.now()))));
    }

    /** Whether the person is in the review now (asked as them: the service refuses anyone else). */
    private boolean isMember(UUID id, String who) {
        try {
            as(who, () -> reviews.roleOfCaller(id));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** A repository that is not there: the check of who may connect comes before anything is fetched. */
    private static NewRepository nowhere() {
        return new NewRepository("Nowhere " + UUID.randomUUID(), "/nonexistent/repository.git", "main", null, null,
                null, null);
    }

    /** Every {@code "Class::method"} some row calls. */
    Set<String> covered() {
        var covered = new LinkedHashSet<String>();
        operations().forEach(op -> op.calls().forEach(c -> covered.add(c.covers())));
        return covered;
    }

    @Test
    void each_role_may_do_what_the_permission_table_says_and_nothing_more() throws Exception {
        Map<String, String> observed = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        for (Operation op : operations()) {
            var row = new StringBuilder();
            for (Who who : Who.values()) {
                var answers = new LinkedHashMap<String, Boolean>();
                for (Call call : op.calls()) {
                    answers.put(answers.size() + 1 + ". " + call.covers(), allowed(op, call, who));
                }
                Set<Boolean> distinct = new LinkedHashSet<>(answers.values());
                if (distinct.size() > 1) {
                    disagreements.add(op.name() + ", as " + who.label + ": " + answers);
                }
                row.append(row.isEmpty() ? "" : " ").append(distinct.size() > 1 ? "mixed" : distinct.contains(true) ? "yes" : "no");
            }
            observed.put(op.name(), row.toString());
        }

        assertThat(disagreements).as("the calls of one row must give one answer (allowed = true)").isEmpty();
        Map<String, String> expected = new LinkedHashMap<>();
        EXPECTED.values().forEach(expected::putAll);
        assertThat(observed).containsExactlyInAnyOrderEntriesOf(expected);
        String table = table(EXPECTED);
        Path doc = Path.of("docs", "permissions.md");
        if (Boolean.getBoolean("verdict.permissions.write")) {
            Files.writeString(doc, table);
        }
        assertThat(Files.readString(doc)).as("docs/permissions.md is the table this test checks (rewrite it with"
                + " -Dverdict.permissions.write=true)").isEqualTo(table);
    }

    /** One call as one role, in a review of its own: whether it got past the permission check. */
    private boolean allowed(Operation op, Call call, Who who) {
        String person = who == Who.MODERATOR ? "mia" : who == Who.ADMIN ? "admin" : "bob";
        UUID id = as("mia", () -> reviews.open(review(who)));
        op.before().accept(id, person);
        switch (who) {
            case CO_MODERATOR -> AsUser.run("mia", () -> reviews.changeRoles(id, "bob", Set.of(ReviewRole.MODERATOR)));
            case OBSERVER -> AsUser.run("mia", () -> reviews.changeRoles(id, "bob", Set.of(ReviewRole.OBSERVER)));
            case REMOVED -> AsUser.run("mia", () -> reviews.removeMember(id, "bob"));
            default -> { }
        }
        op.setUp().accept(id, person);
        try {
            AsUser.run(person, () -> call.body().accept(id, person));
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } catch (RuntimeException ruleOfTheDomain) {
            return true;
        }
    }

    /**
     * A review where bob holds the role (or none), mia moderates and alice attends. The co-moderator,
     * the observer and the removed member join as attendees and are made so (or removed) by mia,
     * once the "your own …" rows had them write something.
     */
    private static NewReview review(Who who) {
        String title = "Permissions " + who.label;
        return switch (who) {
            case MODERATOR, NON_MEMBER, ADMIN -> new NewReview(title, DOC, Set.of("alice"), Set.of(), 30);
            case AUTHOR -> new NewReview(title, DOC, null, "bob", null, Set.of("alice"), Set.of(), 30, null);
            case DECISION_MAKER -> new NewReview(title, DOC, null, null, "bob", Set.of("alice"), Set.of(), 30, null);
            case ATTENDEE, CO_MODERATOR, OBSERVER, REMOVED -> new NewReview(title, DOC, Set.of("alice", "bob"), Set.of(), 30);
        };
    }

    static String table(Map<String, Map<String, String>> rules) {
        var md = new StringBuilder("""
                # Permissions

                Who may do what in a review, as the services enforce it (the screens only hide what a
                person may not do). This file is generated from `PermissionMatrixIT`, which calls every
                public method of the services a member can reach as each role and fails when the services
                and this table disagree; `PermissionMatrixCoverageTest` fails when a public method is in no
                row. Rewrite it with
                `mvn verify -Dtest=none -Dit.test=PermissionMatrixIT -Dverdict.permissions.write=true`.

                "Admin, not a member" is a user with the ADMIN role who does not belong to the review:
                admins manage repositories and read the audit trail, not other teams' reviews. A
                co-moderator is a second moderator a moderator added. The co-moderator, the observer and
                the removed member joined as attendees: what they wrote then stays theirs, but an observer
                only reads, and a removed member is refused from the moment a moderator removed them.
                "Take over moderation" passes the permission check for everyone taking part, and then
                succeeds only once no moderator has had the room open for five minutes. Rows marked
                "background work only" are refused to every person: only the system actor (publishing,
                the unattended-meeting watch) may call them. A TV display needs no sign-in: the link the
                moderator opened is the key, until they revoke it.
                """);
        rules.forEach((module, rows) -> {
            md.append("\n## ").append(module).append("\n\n| operation |");
            for (Who who : Who.values()) {
                md.append(' ').append(who.label).append(" |");
            }
            md.append("\n| --- |").append(" :-: |".repeat(Who.values().length)).append('\n');
            rows.forEach((op, row) -> {
                md.append("| ").append(op).append(" |");
                for (String cell : row.split(" ")) {
                    md.append(' ').append(cell.equals("yes") ? "yes" : "—").append(" |");
                }
                md.append('\n');
            });
        });
        return md.toString();
    }
}
