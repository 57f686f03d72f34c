package dev.verdict.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.verdict.chat.ChatService;
import dev.verdict.chat.DeliveryStatus;
import dev.verdict.chat.NewWebhook;
import dev.verdict.chat.WebhookKind;
import dev.verdict.chat.WebhookSummary;
import dev.verdict.repository.RepositorySummary;
import dev.verdict.shared.ui.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Admins add a connected repository's chat webhook (the URL typed once, sealed, never shown
 * again), see every webhook by its host, and the latest deliveries with their errors.
 */
@Route("admin/chat")
@PageTitle("Chat · Verdict")
@RolesAllowed("ADMIN")
class ChatView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ChatService chat;
    private final Select<RepositorySummary> repository = new Select<>();
    private final Select<WebhookKind> kind = new Select<>();
    private final PasswordField url = new PasswordField("Webhook URL");
    private final Messages problems = new Messages();
    private final Grid<WebhookSummary> webhooks = new Grid<>();
    private final Grid<DeliveryStatus> deliveries = new Grid<>();

    ChatView(ChatService chat) {
        this.chat = chat;
        repository.setLabel("Repository");
        repository.setItems(chat.repositories());
        repository.setItemLabelGenerator(RepositorySummary::name);
        repository.setMinWidth("14em");
        kind.setLabel("Chat");
        kind.setItems(WebhookKind.values());
        kind.setItemLabelGenerator(WebhookKind::label);
        kind.setValue(WebhookKind.SLACK);
        kind.setMinWidth("12em");
        url.setWidth("min(32em, 100%)");
        url.setMaxLength(NewWebhook.MAX_URL);
        url.setRevealButtonVisible(false);
        url.setHelperText("It carries the webhook's token: stored encrypted, never shown again");
        var add = new Button("Add webhook", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(repository, kind, url);
        form.setWrap(true);

        webhooks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        webhooks.addClassName("chat-webhooks");
        var wide = new java.util.ArrayList<Grid.Column<?>>();
        var narrowColumns = new java.util.ArrayList<Grid.Column<?>>();
        wide.add(webhooks.addColumn(ChatView::tellsAbout).setHeader("Tells about").setAutoWidth(true));
        wide.add(webhooks.addColumn(w -> w.kind().label()).setHeader("Chat").setAutoWidth(true));
        wide.add(webhooks.addColumn(w -> w.host() + " · configured").setHeader("Webhook").setAutoWidth(true));
        // A phone gets one column per grid: the same facts on a line each, nothing to scroll sideways.
        narrowColumns.add(webhooks.addColumn(w -> tellsAbout(w) + " · " + w.kind().label() + " · " + w.host() + " · configured")
                .setHeader("Webhook").setFlexGrow(1));
        webhooks.addComponentColumn(w -> {
            var remove = new Button("Remove", e -> {
                chat.remove(w.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(!w.global());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        webhooks.setAllRowsVisible(true);

        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.addClassName("chat-deliveries");
        wide.add(deliveries.addColumn(DeliveryStatus::subject).setHeader("Message").setFlexGrow(2));
        wide.add(deliveries.addColumn(DeliveryStatus::webhook).setHeader("Webhook").setAutoWidth(true));
        wide.add(deliveries.addColumn(ChatView::status).setHeader("Status").setAutoWidth(true));
        wide.add(deliveries.addColumn(d -> d.error() == null ? "" : d.error()).setHeader("Last error").setFlexGrow(2));
        narrowColumns.add(deliveries.addColumn(d -> d.subject() + " — " + d.webhook() + " — " + status(d)
                + (d.error() == null ? "" : " — " + d.error())).setHeader("Delivery").setFlexGrow(1));
        dev.verdict.shared.ui.NarrowScreens.follow(this, narrow -> {
            wide.forEach(c -> c.setVisible(!narrow));
            narrowColumns.forEach(c -> c.setVisible(narrow));
        });
        deliveries.setAllRowsVisible(true);

        add(new H2("Chat"), new Paragraph("Slack, Microsoft Teams and Mattermost incoming webhooks are told when a"
                        + " pre-read opens, a meeting starts and a decision is published: titles, the outcome, the decision"
                        + " and links only. Global webhooks are set in the configuration (verdict.chat.webhooks)."),
                problems, form, add, new H3("Webhooks"), webhooks, new H3("Latest deliveries"), deliveries);
        refresh();
    }

    private static String tellsAbout(WebhookSummary webhook) {
        return webhook.global() ? "every review (configured)" : webhook.repository();
    }

    private static String status(DeliveryStatus delivery) {
        return delivery.state().label() + (delivery.at() == null ? "" : (delivery.state() == DeliveryStatus.State.WAITING
                ? ", next at " : ", ") + WHEN.format(delivery.at())) + " (attempts: " + delivery.attempts() + ")";
    }

    private void add() {
        problems.clear();
        try {
            chat.add(new NewWebhook(repository.getValue() == null ? null : repository.getValue().id(), kind.getValue(),
                    url.getValue()));
            url.clear();
            Messages.info("Webhook added");
            refresh();
        } catch (ConstraintViolationException e) {
            problems.show(Messages.of(e));
        } catch (IllegalArgumentException e) {
            problems.show(List.of(e.getMessage()));
        }
    }

    private void refresh() {
        webhooks.setItems(chat.webhooks());
        deliveries.setItems(chat.deliveries());
    }
}
