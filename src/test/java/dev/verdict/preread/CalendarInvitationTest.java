package dev.verdict.preread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.identity.Person;
import dev.verdict.review.ScheduledStart;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The .ics a calendar reads: parsed back with ical4j, as a calendar client would. */
class CalendarInvitationTest {

    static final Person MIA = new Person("mia", "Mia Moderator", "mia@example.com");
    static final Person ALICE = new Person("alice", "Alice Attendee", "alice@example.com");
    static final UUID REVIEW = UUID.fromString("2b1c0f7e-0000-4000-8000-000000000001");

    static String invitation(String title, int sequence) {
        return CalendarInvitation.request(new CalendarInvitation.Meeting(REVIEW, title,
                new ScheduledStart(LocalDateTime.of(2027, 3, 2, 14, 0), ZoneId.of("Europe/Berlin")), 45, sequence,
                MIA, List.of(ALICE, new Person("nomail", "No Mail", null)), "https://verdict.example.com/reviews/" + REVIEW,
                Instant.parse("2027-02-01T09:00:00Z")));
    }

    static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void the_meeting_starts_at_its_wall_clock_time_in_its_zone_and_lasts_the_timebox() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(invitation("Pick a queue", 0)));
        VEvent event = event(calendar);

        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(value(event, "DTSTART")).isEqualTo("20270302T140000");
        assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Berlin");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        assertThat(value(event, "DURATION")).isEqualTo("PT45M");
        assertThat(value(event, "SUMMARY")).isEqualTo("Design review: Pick a queue");
    }

    @Test
    void the_moderator_organises_and_members_with_an_address_are_invited_to_the_room() throws Exception {
        VEvent event = event(new CalendarBuilder().build(new StringReader(invitation("Pick a queue", 0))));

        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:mia@example.com");
        assertThat(event.<Property>getProperties("ATTENDEE").stream().map(Property::getValue).toList()).containsExactly("mailto:alice@example.com");
        assertThat(value(event, "URL")).isEqualTo("https://verdict.example.com/reviews/" + REVIEW);
        assertThat(value(event, "DESCRIPTION")).contains("https://verdict.example.com/reviews/" + REVIEW);
        assertThat(value(event, "UID")).isEqualTo(CalendarInvitation.uid(REVIEW));
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
    }

    @Test
    void a_title_with_separators_and_line_breaks_stays_one_summary() throws Exception {
        String title = "A; B, C\nDTSTART:19990101T000000 <script>alert(1)</script>";
        String ics = invitation(title, 2);

        VEvent event = event(new CalendarBuilder().build(new StringReader(ics)));
        assertThat(value(event, "SUMMARY")).isEqualTo("Design review: " + title);
        assertThat(value(event, "DTSTART")).isEqualTo("20270302T140000");
        assertThat(value(event, "SEQUENCE")).isEqualTo("2");
        assertThat(ics).doesNotContain("\nDTSTART:1999");
    }

    @Test
    void a_cancellation_removes_the_same_event_at_a_later_sequence() throws Exception {
        VEvent invited = event(new CalendarBuilder().build(new StringReader(invitation("Pick a queue", 1))));
        String ics = CalendarInvitation.cancel(new CalendarInvitation.Meeting(REVIEW, "Pick a queue",
                new ScheduledStart(LocalDateTime.of(2027, 3, 2, 14, 0), ZoneId.of("Europe/Berlin")), 45, 2,
                MIA, List.of(ALICE), "https://verdict.example.com/reviews/" + REVIEW, Instant.parse("2027-02-10T09:00:00Z")),
                "The vendor withdrew; nothing to decide");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent cancelled = event(calendar);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "UID")).isEqualTo(value(invited, "UID"));
        assertThat(Integer.parseInt(value(cancelled, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(invited, "SEQUENCE")));
        assertThat(value(cancelled, "ORGANIZER")).isEqualTo("mailto:mia@example.com");
        assertThat(cancelled.<Property>getProperties("ATTENDEE").stream().map(Property::getValue).toList())
                .containsExactly("mailto:alice@example.com");
        assertThat(value(cancelled, "DESCRIPTION")).contains("The vendor withdrew; nothing to decide");
        assertThat(ics).doesNotContain("RSVP=TRUE");
    }
}
