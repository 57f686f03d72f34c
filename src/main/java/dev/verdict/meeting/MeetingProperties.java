package dev.verdict.meeting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param gracePeriod how long an item may overrun before the moderator is offered to call it or park it
 * @param presenceTimeout how long a screen may stay silent before its person leaves the presence list
 * @param takeoverAfter how long a started meeting may go without any moderator having the room open
 *                      before an attendee may take over moderation
 * @param unattendedPauseAfter how far past its timebox a running meeting with no moderator in the
 *                             room runs before it is paused and the moderators are told
 */
@ConfigurationProperties("verdict.meeting")
public record MeetingProperties(
        @DefaultValue("2m") Duration gracePeriod,
        @DefaultValue("22s") Duration presenceTimeout,
        @DefaultValue("5m") Duration takeoverAfter,
        @DefaultValue("30m") Duration unattendedPauseAfter) {
}
