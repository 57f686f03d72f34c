package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.identity.Person;
import dev.verdict.review.ReviewDetails;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ConfirmedOverrunSummaryTest {

    @Test
    void the_summary_says_the_agenda_was_planned_over_the_timebox_and_who_confirmed_it() {
        ReviewRecord rich = RichRecord.record();
        ReviewDetails r = rich.review();
        var over = new ReviewDetails(r.id(), r.title(), r.designDoc(), r.timeboxMinutes(), r.createdAt(), r.members(), r.agenda(),
                r.readinessOverride(), r.agendaLocked(), r.scheduledStart(), r.pinnedDoc(),
                new ReviewDetails.ConfirmedOverrun(10, new Person("mia", "Mia Moderator", "mia@example.com")));

        String summary = SummaryWriter.summary(new ReviewRecord(over, rich.room(), rich.decision(), rich.preRead()), ZoneOffset.UTC);

        assertThat(summary).contains("\nThe agenda was planned 10 min over the 45-minute timebox;"
                + " Mia Moderator confirmed the overrun when starting the meeting.\n");
        assertThat(SummaryWriter.summary(rich, ZoneOffset.UTC)).doesNotContain("confirmed the overrun");
    }
}
