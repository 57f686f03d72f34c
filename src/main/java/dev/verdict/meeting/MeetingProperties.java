package dev.verdict.meeting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param gracePeriod how long an item may overrun before the moderator is offered to call it or park it
 * @param presenceTimeout how long a screen may stay silent before its person leaves the presence list
 */
@ConfigurationProperties("verdict.meeting")
public record MeetingProperties(
        @DefaultValue("2m") Duration gracePeriod,
        @DefaultValue("22s") Duration presenceTimeout) {
}
