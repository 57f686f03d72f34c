package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import dev.verdict.meeting.RoomState;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A list of captured items. Each item is one list element holding its text; its details
 * (likelihood, owner, due date...) travel as an attribute that the stylesheet shows below the
 * text. An item its author or the moderator may change holds its text in a native button that
 * opens the editor (a list item that is itself a button is no longer a list item to a screen reader).
 *
 * <p>A room holds many items on many screens at once, so every item costs as little as it can:
 * two nodes on the server (three for the viewer's own), no components and no listeners of its
 * own. The list listens once, for clicks on any editable item (a native button turns Enter and
 * Space into a click), and the browser says which item it was; a list with nothing the viewer
 * may change does not listen at all.
 */
class CaptureList extends UnorderedList {

    /** Which editable item the event came from (null when it came from elsewhere in the list). */
    static final String ITEM = "event.target.closest('[data-item]')?.dataset.item";
    static final String ON_ITEM = "event.target.closest('[data-item]') !== null";

    private final Consumer<RoomState.Captured> onEdit;
    private List<RoomState.Captured> shown = List.of();
    private boolean listening;

    CaptureList(String className, Consumer<RoomState.Captured> onEdit) {
        addClassName(className);
        addClassName("capture-list");
        this.onEdit = onEdit;
    }

    /** The list's listener, added when it first shows an item the viewer may change. */
    private void listenForEdits() {
        if (listening) {
            return;
        }
        listening = true;
        // One hint for the list instead of one per item.
        getElement().setAttribute("title", "Click one of your items, or press Enter on it, to edit or remove it");
        getElement().addEventListener("click", e -> edit(e.getEventData().path(ITEM).stringValue(null)))
                .addEventData(ITEM).setFilter(ON_ITEM);
    }

    /** Shows the items; when only new ones were added at the end, only those reach the browser. */
    void show(List<RoomState.Captured> items) {
        if (items.equals(shown)) {
            return;
        }
        boolean appended = items.size() > shown.size() && items.subList(0, shown.size()).equals(shown);
        List<RoomState.Captured> toAdd = appended ? items.subList(shown.size(), items.size()) : items;
        if (!appended) {
            removeAll();
        }
        shown = List.copyOf(items);
        for (RoomState.Captured c : toAdd) {
            add(line(c));
        }
    }

    /** Opens the editor of a shown item the viewer may change; an item removed meanwhile is ignored. */
    private void edit(String id) {
        shown.stream().filter(c -> c.mine() && c.id().toString().equals(id)).findFirst().ifPresent(onEdit);
    }

    private ListItem line(RoomState.Captured c) {
        Line line = Line.of(c);
        var li = new ListItem();
        if (c.mine()) {
            listenForEdits();
            li.getElement().appendChild(new Element("button").setAttribute("data-item", line.id()).setText(line.text()));
        } else {
            li.setText(line.text());
        }
        if (!line.meta().isEmpty()) {
            li.getElement().setAttribute("data-meta", line.meta());
        }
        return li;
    }

    /**
     * An item's words as every screen shows them, formatted once per version of the item and
     * shared by all screens showing it (fifty risks on ten screens are fifty sets of strings, not
     * five hundred). One entry per item, replaced when the item changes; the most recent ten
     * thousand items are kept.
     */
    record Line(String id, long version, String text, String meta) {

        private static final int KEPT = 10_000;
        private static final java.util.Map<UUID, Line> SHARED = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(java.util.Map.Entry<UUID, Line> eldest) {
                        return size() > KEPT;
                    }
                });

        static Line of(RoomState.Captured c) {
            return SHARED.compute(c.id(), (id, known) -> known != null && known.version() == c.version() ? known
                    : new Line(id.toString(), c.version(), c.text() + " — " + c.by().displayName(), CaptureList.meta(c)));
        }

        static int kept() {
            return SHARED.size();
        }
    }

    static String meta(RoomState.Captured c) {
        return switch (c.kind()) {
            case RISK -> "likelihood " + c.likelihood().label().toLowerCase() + ", impact " + c.impact().label().toLowerCase()
                    + (c.owner() == null ? ", no owner yet" : ", owner " + c.owner().displayName())
                    + (c.mitigation() == null ? "" : ", mitigation: " + c.mitigation());
            case ACTION -> "owner " + c.owner().displayName() + ", due " + c.dueDate();
            default -> "";
        };
    }
}
