package dev.verdict.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.verdict.meeting.RoomState;
import java.util.List;
import java.util.function.Consumer;

/** A list of captured items; the author and the moderator get Edit and Remove. */
class CaptureList extends UnorderedList {

    private final Consumer<RoomState.Captured> onEdit;
    private final Consumer<RoomState.Captured> onRemove;

    CaptureList(String className, Consumer<RoomState.Captured> onEdit, Consumer<RoomState.Captured> onRemove) {
        addClassName(className);
        addClassName("capture-list");
        this.onEdit = onEdit;
        this.onRemove = onRemove;
    }

    private List<RoomState.Captured> shown = List.of();

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
            var line = new Span(c.text() + " — " + c.by().displayName());
            line.addClassName("capture-line");
            var li = new ListItem(line);
            String meta = meta(c);
            if (!meta.isEmpty()) {
                var details = new Span(meta);
                details.addClassName("capture-meta");
                li.add(details);
            }
            if (c.mine()) {
                var edit = new Button("Edit", e -> onEdit.accept(c));
                var remove = new Button("Remove", e -> onRemove.accept(c));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                li.add(edit, remove);
            }
            add(li);
        }
    }

    private static String meta(RoomState.Captured c) {
        return switch (c.kind()) {
            case RISK -> "likelihood " + c.likelihood().label().toLowerCase() + ", impact " + c.impact().label().toLowerCase()
                    + (c.owner() == null ? ", no owner yet" : ", owner " + c.owner().displayName())
                    + (c.mitigation() == null ? "" : ", mitigation: " + c.mitigation());
            case ACTION -> "owner " + c.owner().displayName() + ", due " + c.dueDate();
            default -> "";
        };
    }
}
