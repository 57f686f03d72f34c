package dev.verdict.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.review.ReviewDetails;
import dev.verdict.review.ReviewRole;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SeveralModeratorsSummaryTest {

    @Test
    void a_review_with_two_moderators_names_both_in_the_summary_and_the_adr() {
        ReviewRecord rich = RichRecord.record();
        ReviewDetails r = rich.review();
        var members = new ArrayList<ReviewDetails.Member>();
        for (ReviewDetails.Member m : r.members()) {
            boolean alice = m.person().username().equals("alice");
            var roles = EnumSet.copyOf(m.roles());
            if (alice) {
                roles.add(ReviewRole.MODERATOR);
            }
            members.add(new ReviewDetails.Member(m.person(), roles));
        }
        var twoModerators = new ReviewDetails(r.id(), r.title(), r.designDoc(), r.timeboxMinutes(), r.createdAt(), members,
                r.agenda(), r.readinessOverride(), r.agendaLocked(), r.scheduledStart(), r.pinnedDoc(), r.confirmedOverrun());
        var record = new ReviewRecord(twoModerators, rich.room(), rich.decision(), rich.preRead());

        assertThat(SummaryWriter.summary(record, ZoneOffset.UTC)).contains("\n- Moderators: Mia Moderator and Alice Architect\n");
        assertThat(AdrWriter.context(record, RichRecord.LINKS)).contains("moderated by Mia Moderator and Alice Architect and decided by");
        assertThat(SummaryWriter.summary(rich, ZoneOffset.UTC)).contains("\n- Moderator: Mia Moderator\n");
    }
}
