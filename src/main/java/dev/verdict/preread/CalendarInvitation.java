package dev.verdict.preread;

import dev.verdict.identity.Person;
import dev.verdict.review.ScheduledStart;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The review's meeting as an iCalendar (RFC 5545) {@code METHOD:REQUEST}, or its cancellation
 * ({@code METHOD:CANCEL}, RFC 5546 3.2.5), written by ical4j (which
 * folds lines and escapes text: nothing from a title becomes markup or a new property). The start
 * carries the zone the moderator planned it in ({@code DTSTART;TZID=…} with its {@code VTIMEZONE}),
 * the duration is the timebox, the organiser is the moderator (left out when they have no email address), every other member is an attendee,
 * and the room's address is the event's URL, location and description. One UID per review
 * ({@link #uid}); a later schedule is the same UID with a higher SEQUENCE, which calendars apply as
 * an update, and a cancellation is the same UID at the next SEQUENCE with {@code STATUS:CANCELLED},
 * which calendars apply by removing the event.
 */
public final class CalendarInvitation {

    /** The MIME type of the attached file: mail clients offer Accept/Decline for {@code method=REQUEST}. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    /** The MIME type of an attached cancellation: mail clients offer to remove the event. */
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";
    /** The attached or downloaded file's name. */
    public static final String FILE_NAME = "review.ics";

    /**
     * What the invitation says.
     *
     * @param sequence  0 for the first schedule, one more per change of it
     * @param attendees everyone invited besides the organiser (people without an email address are left out)
     * @param roomLink  the absolute address of the meeting room page
     * @param stamp     when this version of the invitation was made (DTSTAMP)
     */
    public record Meeting(UUID reviewId, String title, ScheduledStart start, int timeboxMinutes, int sequence,
                          Person organiser, List<Person> attendees, String roomLink, Instant stamp) {
    }

    /** ical4j's bundled zone definitions (read from its jar, never fetched), loaded once. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvitation() {
    }

    /** The same for every version of one review's invitation, so calendars replace rather than add. */
    public static String uid(UUID reviewId) {
        return "review-" + reviewId + "@verdict";
    }

    /** The invitation as iCalendar text (CRLF line ends, lines folded at 75 octets). */
    public static String request(Meeting meeting) {
        var event = event(meeting, "The design review “" + meeting.title() + "” in Verdict. Join the room: "
                + meeting.roomLink(), true);
        return write(meeting, ImmutableMethod.REQUEST, event);
    }

    /**
     * The meeting's cancellation as iCalendar text: the invitation's UID, its {@code meeting.sequence()}
     * (which must be above every invitation sent), {@code METHOD:CANCEL} and {@code STATUS:CANCELLED},
     * the same organiser and attendees (RFC 5546 3.2.5 cancels the whole event when all are listed).
     *
     * @param reason the moderator's reason, put in the event's description
     */
    public static String cancel(Meeting meeting, String reason) {
        var event = event(meeting, "The design review “" + meeting.title() + "” in Verdict is cancelled: " + reason,
                false);
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        return write(meeting, ImmutableMethod.CANCEL, event);
    }

    /** The event both messages share; an invitation asks attendees to answer, a cancellation does not. */
    private static VEvent event(Meeting meeting, String description, boolean rsvp) {
        ZonedDateTime start = meeting.start().localTime().atZone(meeting.start().zone());
        var event = new VEvent(start, Duration.ofMinutes(meeting.timeboxMinutes()), "Design review: " + meeting.title());
        event.replace(new DtStamp(meeting.stamp()));
        event.add(new Uid(uid(meeting.reviewId())));
        event.add(new Sequence(meeting.sequence()));
        event.add(new Url(URI.create(meeting.roomLink())));
        event.add(new Location(meeting.roomLink()));
        event.add(new Description(description));
        Person organiser = meeting.organiser();
        if (organiser.email() != null && !organiser.email().isBlank()) {
            event.add(new Organizer(mailto(organiser)).add(new Cn(organiser.displayName())));
        }
        for (Person person : meeting.attendees()) {
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            var attendee = new Attendee(mailto(person)).add(new Cn(person.displayName())).add(Role.REQ_PARTICIPANT);
            event.add(rsvp ? attendee.add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE) : attendee);
        }
        return event;
    }

    private static String write(Meeting meeting, Method method, VEvent event) {
        var zone = ZONES.getTimeZone(meeting.start().zone().getId());
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Verdict//Design reviews//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        calendar.add(event);
        var out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static URI mailto(Person person) {
        return URI.create("mailto:" + person.email());
    }
}
