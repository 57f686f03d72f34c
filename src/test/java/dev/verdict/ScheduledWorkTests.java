package dev.verdict;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled work runs once across the nodes of a cluster (ADR 27) unless it only tends its own
 * node's memory: a new {@code @Scheduled} job takes a ShedLock lock or is named here with why not.
 */
@AnalyzeClasses(packages = "dev.verdict", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledWorkTests {

    @ArchTest
    static final ArchRule scheduled_work_takes_a_lock_unless_it_tends_its_own_node = methods()
            .that().areAnnotatedWith(Scheduled.class)
            // Drops this node's silent screens and announces its presence: every node must.
            .and().areNotDeclaredIn("dev.verdict.meeting.Presence")
            // Drops this node's idle room reads.
            .and().areNotDeclaredIn("dev.verdict.meeting.RoomSnapshots")
            // Takes the "chat-delivery" lock itself, around the drain on its poster's thread.
            .and().areNotDeclaredIn("dev.verdict.chat.WebhookDelivery")
            // Takes the "ticket-filing" lock itself, the same way.
            .and().areNotDeclaredIn("dev.verdict.tracker.TicketDelivery")
            // Takes the "pull-requests" lock itself around all its host calls, the same way.
            .and().areNotDeclaredIn("dev.verdict.publishing.PullRequestWatch")
            .should().beAnnotatedWith(SchedulerLock.class);
}
