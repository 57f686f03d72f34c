package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Links another module shows beside an action item in My follow-ups (its ticket in the team's
 * issue tracker), so the list shows them without depending on the module that files them.
 */
public interface FollowUpLinkSource {

    /**
     * The link for each item of these reviews that has one, by the item's id; items without a link are absent.
     *
     * @param reviewIds the reviews of the items listed, every one of them the caller's
     */
    Map<UUID, Component> linksFor(Collection<UUID> reviewIds);
}
