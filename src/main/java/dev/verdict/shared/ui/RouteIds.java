package dev.verdict.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** The id a route names, for views that show one thing: a review, a repository. */
public final class RouteIds {

    private RouteIds() {
    }

    /**
     * Shows what the route's id names; a malformed id, or one the caller may not see, leads to the
     * "not found" page with the given message, so a stranger cannot tell the two apart.
     */
    public static void open(BeforeEnterEvent event, String parameter, String notFound, Consumer<UUID> show) {
        try {
            show.accept(UUID.fromString(event.getRouteParameters().get(parameter).orElseThrow()));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, notFound);
        }
    }

    /** The review the route names ({@code :reviewId}), for its members only. */
    public static void openReview(BeforeEnterEvent event, Consumer<UUID> show) {
        open(event, "reviewId", "No such review, or it is not yours", show);
    }
}
