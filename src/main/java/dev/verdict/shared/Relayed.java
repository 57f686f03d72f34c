package dev.verdict.shared;

import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * An event committed on another node of the cluster, published again on this one (ADR 27). It is
 * a wrapper, not the event itself, so only listeners that keep this node's own view current
 * (open screens, caches, the search index) hear it, by listening for {@code Relayed<TheEvent>};
 * listeners with effects that must happen once (a notification saved, an email sent) keep
 * listening for the plain event and never run twice.
 *
 * @param event the event as its node published it (ids only)
 * @param node  the id of the node that committed it
 */
public record Relayed<T>(T event, String node) implements ResolvableTypeProvider {

    /** Lets {@code @EventListener void on(Relayed<MeetingChanged> relayed)} match by the wrapped type. */
    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(getClass(), ResolvableType.forInstance(event));
    }
}
