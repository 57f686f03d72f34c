package dev.verdict.cluster;

import dev.verdict.decision.ReviewDecided;
import dev.verdict.meeting.MeetingChanged;
import dev.verdict.meeting.PresentOnNode;
import dev.verdict.preread.CommentsChanged;
import dev.verdict.publishing.PublicationChanged;
import dev.verdict.repository.RepositoryConnected;
import dev.verdict.review.AgendaChanged;
import dev.verdict.review.DocRepinned;
import dev.verdict.review.ReviewCancelled;
import dev.verdict.review.ReviewOpened;
import dev.verdict.review.TeamChanged;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One committed change as it travels between nodes, the payload of a PostgreSQL notification:
 * {@code {"node":"…","sentAt":1764590000000,"type":"MeetingChanged","event":{"reviewId":"…","change":"risk captured"}}}.
 * Only the event types listed here travel, and events carry ids and a few words, never content.
 *
 * @param node   the id of the node that committed the change
 * @param sentAt when it sent the notice, in epoch milliseconds of its clock
 * @param event  the event as published there
 */
record ChangeNotice(String node, long sentAt, Object event) {

    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (documentation of NOTIFY). */
    static final int MAX_PAYLOAD_BYTES = 7999;

    /** What the live feeds, caches and indexes of other nodes listen to, by the name sent. */
    static final Map<String, Class<?>> TYPES = List.<Class<?>>of(MeetingChanged.class, PresentOnNode.class,
                    TeamChanged.class, AgendaChanged.class, CommentsChanged.class, PublicationChanged.class,
                    ReviewOpened.class, DocRepinned.class, ReviewDecided.class, RepositoryConnected.class,
                    ReviewCancelled.class)
            .stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private static final JsonMapper JSON = JsonMapper.shared();

    /** The notification's payload; empty when it would not fit into one (see {@link #MAX_PAYLOAD_BYTES}). */
    Optional<String> toPayload() {
        String type = event.getClass().getSimpleName();
        if (TYPES.get(type) != event.getClass()) {
            throw new IllegalArgumentException("Not relayed between nodes: " + event.getClass().getName());
        }
        var json = JSON.createObjectNode().put("node", node).put("sentAt", sentAt).put("type", type);
        json.set("event", JSON.valueToTree(event));
        String payload = JSON.writeValueAsString(json);
        return payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES ? Optional.empty() : Optional.of(payload);
    }

    /** Reads a payload written by {@link #toPayload()}; empty for one this version does not know (a newer node's). */
    static Optional<ChangeNotice> fromPayload(String payload) {
        try {
            JsonNode json = JSON.readTree(payload);
            Class<?> type = TYPES.get(json.path("type").asString(""));
            if (type == null || !json.hasNonNull("node") || !json.has("event")) {
                return Optional.empty();
            }
            return Optional.of(new ChangeNotice(json.get("node").asString(), json.path("sentAt").asLong(),
                    JSON.treeToValue(json.get("event"), type)));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
