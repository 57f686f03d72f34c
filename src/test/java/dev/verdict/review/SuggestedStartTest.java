package dev.verdict.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestedStartTest {

    @ParameterizedTest(name = "{0} in {1} proposes {2}")
    @CsvSource({
            // Thursday morning: Friday 10:00 is 25 h away
            "2026-11-26T09:00, Europe/Berlin, 2026-11-27T10:00",
            // Thursday noon: Friday 10:00 is only 22 h away, Saturday and Sunday are no working days
            "2026-11-26T12:00, Europe/Berlin, 2026-11-30T10:00",
            // Friday morning: a day later is Saturday
            "2026-11-27T09:00, Europe/Berlin, 2026-11-30T10:00",
            // exactly 24 h counts
            "2026-11-30T10:00, Europe/Berlin, 2026-12-01T10:00",
            // Sunday evening: Tuesday, since Monday 10:00 is under 24 h away
            "2026-11-29T20:00, America/New_York, 2026-12-01T10:00",
            // across the autumn clock change (Sunday 25 Oct): 24 h from Friday 10:30 is Saturday
            "2026-10-23T10:30, Europe/Berlin, 2026-10-26T10:00",
    })
    void the_proposed_start_is_the_first_working_day_ten_oclock_at_least_the_lead_time_away(
            LocalDateTime now, String zone, LocalDateTime expected) {
        ZonedDateTime at = now.atZone(ZoneId.of(zone));

        LocalDateTime proposed = ReviewService.firstWorkingMorning(at, Duration.ofHours(24));

        assertThat(proposed).isEqualTo(expected);
        assertThat(Duration.between(at, proposed.atZone(at.getZone()))).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }
}
