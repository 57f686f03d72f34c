package dev.verdict.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.verdict.shared.ui.TextLimit;
import dev.verdict.identity.Person;
import dev.verdict.meeting.CaptureDetails;
import dev.verdict.meeting.CaptureKind;
import dev.verdict.meeting.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * One bar to write anything down in the room: say what it is (or press its Alt shortcut), type,
 * Enter. A risk's likelihood, impact, owner and mitigation, and an action's owner and due date,
 * appear once someone starts writing one; screens that only watch never build them (every field
 * costs each open screen a few KB on the server, ADR 10).
 */
class CaptureBar extends HorizontalLayout {

    /** What can be captured, with its shortcut and the words the bar shows for it. */
    record Kind(CaptureKind kind, Key key, String placeholder, String button) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind(CaptureKind.RISK, Key.KEY_R, "A risk someone raised…", "Add risk"),
            new Kind(CaptureKind.PARKED, Key.KEY_P, "Out of scope for today…", "Add to parking lot"),
            new Kind(CaptureKind.QUESTION, Key.KEY_Q, "A question to answer later…", "Add question"),
            new Kind(CaptureKind.ACTION, Key.KEY_A, "Something someone will do…", "Add action"),
            new Kind(CaptureKind.NOTE, Key.KEY_D, "What was agreed on the way…", "Add note"));

    private final Select<CaptureKind> kind = new Select<>();
    private final TextField text = new TextField();
    private final Button add = new Button();
    private final ShortcutsHelp help;
    private static final String CODE = "event.code";
    private static final String KEY = "event.key";
    private final Supplier<List<Person>> owners;
    private com.vaadin.flow.dom.DomListenerRegistration shortcuts;
    private final Clock clock;

    /** Built on first need. */
    private Select<Level> likelihood;
    private Select<Level> impact;
    private ComboBox<Person> riskOwner;
    private TextField mitigation;
    private ComboBox<Person> actionOwner;
    private DatePicker actionDue;

    /**
     * @param owners  who may own a risk or an action (read when a risk or an action is first written)
     * @param capture captures the item; says whether it went through (it shows its own errors)
     * @param moreShortcuts the room's other shortcuts for this viewer (the moderator's clock), listed in the help
     */
    CaptureBar(Supplier<List<Person>> owners, Clock clock, BiPredicate<CaptureKind, CaptureDetails> capture,
               Supplier<List<ShortcutsHelp.Shortcut>> moreShortcuts) {
        this.owners = owners;
        this.help = new ShortcutsHelp(() -> {
            var all = new java.util.ArrayList<>(shortcuts());
            all.addAll(moreShortcuts.get());
            all.add(new ShortcutsHelp.Shortcut("?", "Show these shortcuts (outside a text field)"));
            return all;
        });
        this.clock = clock;
        addClassName("capture-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        kind.setLabel("Capture");
        kind.setItems(KINDS.stream().map(Kind::kind).toList());
        kind.setItemLabelGenerator(CaptureKind::label);
        kind.setWidth("10em");
        kind.setValue(CaptureKind.RISK);
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(of(e.getValue()));
                if (e.isFromClient()) {
                    startWriting();
                }
            }
        });
        TextLimit.apply(text, CaptureKind.TEXT_MAX);
        text.setMinWidth("16em");
        text.addFocusListener(e -> showDetails());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(text);
        add.addClickListener(e -> {
            CaptureKind chosen = kind.getValue();
            if (capture.test(chosen, details(chosen))) {
                clear();
                text.focus();
            }
        });
        add.getElement().setAttribute("title", "Alt+R, Alt+P, Alt+Q, Alt+A or Alt+D to choose, Enter to add");
        // One key listener for the five Alt shortcuts and ? (the help) instead of six shortcut
        // registrations: each costs every open screen about a KB on the server.
        addAttachListener(e -> {
            shortcuts = e.getUI().getElement().addEventListener("keydown", key -> {
                        if ("?".equals(key.getEventData().path(KEY).stringValue(""))) {
                            help.open();
                            return;
                        }
                        KINDS.stream()
                                .filter(k -> k.key().getKeys().contains(key.getEventData().path(CODE).stringValue("")))
                                .findFirst().ifPresent(k -> choose(k.kind()));
                    })
                    .addEventData(CODE)
                    .addEventData(KEY)
                    .setFilter("((event.altKey && !event.ctrlKey && !event.metaKey && ["
                            + String.join(",", KINDS.stream().map(k -> "'" + k.key().getKeys().getFirst() + "'").toList())
                            + "].includes(event.code)) || (" + ShortcutsHelp.QUESTION_MARK + "))"
                            // As Vaadin's own shortcuts do: Alt+D must not jump to the address bar,
                            // Option+R on a Mac must not type ® into the text.
                            + " && (event.preventDefault() || true)");
        });
        addDetachListener(e -> {
            if (shortcuts != null) {
                shortcuts.remove();
                shortcuts = null;
            }
        });
        var showHelp = new Button(ShortcutsHelp.TITLE, e -> help.open());
        showHelp.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showHelp.addClassName("shortcuts-button");
        showHelp.getElement().setAttribute("title", "Or press ? outside a text field");
        add(kind, text, add, showHelp);
        show(of(CaptureKind.RISK));
    }

    /** The bar's own shortcuts, as the help dialog lists them. */
    static List<ShortcutsHelp.Shortcut> shortcuts() {
        var list = new java.util.ArrayList<ShortcutsHelp.Shortcut>();
        KINDS.forEach(k -> list.add(new ShortcutsHelp.Shortcut("Alt+" + MeetingView.keyName(k.key()),
                "Capture: " + k.kind().label())));
        list.add(new ShortcutsHelp.Shortcut("Enter", "Add what you wrote in the capture text"));
        return list;
    }

    /** Picks what to capture and puts the cursor in the text, as its Alt shortcut does. */
    void choose(CaptureKind chosen) {
        kind.setValue(chosen);
        startWriting();
    }

    private void startWriting() {
        showDetails();
        text.focus();
    }

    private void show(Kind k) {
        text.setPlaceholder(k.placeholder());
        text.setAriaLabel(k.kind().label());
        add.setText(k.button());
        riskDetails().forEach(field -> field.setVisible(k.kind() == CaptureKind.RISK));
        actionDetails().forEach(field -> field.setVisible(k.kind() == CaptureKind.ACTION));
    }

    /** The chosen kind's own fields, built the first time someone writes one. */
    private void showDetails() {
        if (kind.getValue() == CaptureKind.RISK && likelihood == null) {
            var people = owners.get();
            likelihood = levelSelect("Likelihood");
            impact = levelSelect("Impact");
            riskOwner = ownerBox(people);
            riskOwner.setClearButtonVisible(true);
            mitigation = new TextField("Mitigation");
            TextLimit.apply(mitigation, CaptureKind.TEXT_MAX);
            addComponentAtIndex(2, likelihood);
            addComponentAtIndex(3, impact);
            addComponentAtIndex(4, riskOwner);
            addComponentAtIndex(5, mitigation);
        } else if (kind.getValue() == CaptureKind.ACTION && actionOwner == null) {
            actionOwner = ownerBox(owners.get());
            actionDue = new DatePicker("Due");
            actionDue.setMin(LocalDate.now(clock));
            addComponentAtIndex(indexOf(add), actionOwner);
            addComponentAtIndex(indexOf(add), actionDue);
        }
    }

    private CaptureDetails details(CaptureKind chosen) {
        return switch (chosen) {
            // Without its fields (nobody focused the text) a risk is medium/medium with no owner yet.
            case RISK -> likelihood == null ? CaptureDetails.risk(text.getValue(), Level.MEDIUM, Level.MEDIUM, null, null)
                    : CaptureDetails.risk(text.getValue(), likelihood.getValue(), impact.getValue(),
                            username(riskOwner.getValue()), mitigation.getValue());
            case ACTION -> actionOwner == null ? CaptureDetails.action(text.getValue(), null, null)
                    : CaptureDetails.action(text.getValue(), username(actionOwner.getValue()), actionDue.getValue());
            default -> CaptureDetails.text(text.getValue());
        };
    }

    private void clear() {
        text.clear();
        if (mitigation != null) {
            mitigation.clear();
            riskOwner.clear();
        }
        if (actionOwner != null) {
            actionOwner.clear();
            actionDue.clear();
        }
    }

    private List<Component> riskDetails() {
        return likelihood == null ? List.of() : List.of(likelihood, impact, riskOwner, mitigation);
    }

    private List<Component> actionDetails() {
        return actionOwner == null ? List.of() : List.of(actionOwner, actionDue);
    }


    static Kind of(CaptureKind kind) {
        return KINDS.stream().filter(k -> k.kind() == kind).findFirst().orElseThrow();
    }

    private static ComboBox<Person> ownerBox(List<Person> people) {
        var box = new ComboBox<Person>("Owner");
        box.setItems(people);
        box.setItemLabelGenerator(Person::displayName);
        return box;
    }

    private static Select<Level> levelSelect(String label) {
        var select = new Select<Level>();
        select.setLabel(label);
        select.setItems(Level.values());
        select.setItemLabelGenerator(Level::label);
        select.setValue(Level.MEDIUM);
        select.setWidth("8em");
        return select;
    }

    private static String username(Person person) {
        return person == null ? null : person.username();
    }
}
