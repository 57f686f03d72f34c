package dev.verdict.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import dev.verdict.meeting.MeetingStatus;
import dev.verdict.meeting.RoomState;
import java.util.List;

/** The agenda beside the doc: each item with its planned and used time, the running one marked. */
class AgendaPanel extends Div {

    private final OrderedList agenda = new OrderedList();
    private Object shown;

    AgendaPanel() {
        addClassName("agenda");
        agenda.addClassName("agenda-items");
        add(new H3("Agenda"), agenda);
    }

    /** Rebuilds the list only when what it shows changed (not on every capture). */
    void show(RoomState state) {
        MeetingStatus s = state.status();
        // The running item's used time changes every second; it is not a reason to rebuild.
        var key = List.of(s, state.currentItem(), state.agenda().stream()
                .map(i -> i.title() + "|" + i.allottedSeconds() + "|" + i.skipped() + "|"
                        + (i.position() == state.currentItem() ? "" : i.usedSeconds()))
                .toList());
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        agenda.removeAll();
        for (RoomState.Item item : state.agenda()) {
            // The planned and used time travel as an attribute the stylesheet shows below the
            // title: two nodes per item on every open screen instead of five.
            var li = new ListItem(item.title());
            li.getElement().setAttribute("data-time", plannedVsActual(item));
            boolean current = s.clockRuns() && item.position() == state.currentItem();
            li.getElement().getClassList().set("current", current);
            if (current) {
                li.getElement().setAttribute("aria-current", "step");
            }
            li.getElement().getClassList().set("skipped", item.skipped());
            li.getElement().getClassList().set("overrun", item.overrunSeconds() > 0);
            agenda.add(li);
        }
    }

    static String plannedVsActual(RoomState.Item item) {
        String planned = item.plannedMinutes() + " min";
        if (item.allottedSeconds() != item.plannedMinutes() * 60L) {
            planned += " → " + Countdown.format(item.allottedSeconds());
        }
        String used = item.usedSeconds() == 0 ? "" : " · used " + Countdown.format(item.usedSeconds());
        return planned + used + (item.skipped() ? " · skipped" : "");
    }
}
