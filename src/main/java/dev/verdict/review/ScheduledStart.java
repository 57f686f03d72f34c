package dev.verdict.review;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When the meeting is planned: a wall-clock time in the zone the moderator planned it in. The
 * instant is what the pre-read warning and the list compare; the zone is what people read.
 */
public record ScheduledStart(@NotNull(message = "Pick the start date and time") LocalDateTime localTime,
                             @NotNull(message = "Pick the time zone") ZoneId zone) {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    public Instant instant() {
        return localTime.atZone(zone).toInstant();
    }

    static ScheduledStart of(Instant instant, ZoneId zone) {
        return new ScheduledStart(LocalDateTime.ofInstant(instant, zone), zone);
    }

    /** "28 Nov 2026, 14:00 (Europe/Berlin)". */
    public String label() {
        return SHOWN.format(localTime) + " (" + zone.getId() + ")";
    }
}
