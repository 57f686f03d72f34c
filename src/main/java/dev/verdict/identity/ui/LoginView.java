package dev.verdict.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Verdict")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Verdict"), new Paragraph("Design reviews that end in a decision."), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var locked = parameters.getOrDefault("locked", java.util.List.of()).stream().findFirst()
                .filter(s -> s.matches("\\d{1,6}")).map(Long::parseLong);
        var i18n = com.vaadin.flow.component.login.LoginI18n.createDefault();
        locked.ifPresent(seconds -> {
            // Said the same whether or not the name exists: the throttle counts any name typed.
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Signing in with this name or from this address is paused. Try again in "
                    + waitOf(seconds) + ".");
        });
        login.setI18n(i18n);
        login.setError(locked.isPresent() || parameters.containsKey("error"));
    }

    /** "5 seconds", "1 minute", "15 minutes". */
    static String waitOf(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
