package dev.verdict.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.verdict.identity.SignInOptions;
import java.util.List;
import java.util.Map;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Verdict")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final SignInOptions options;
    private final Div ssoError = new Div();

    LoginView(SignInOptions options) {
        this.options = options;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Verdict"), new Paragraph("Design reviews that end in a decision."));
        ssoError.addClassName("sso-error");
        ssoError.getElement().setAttribute("role", "alert");
        ssoError.setVisible(false);
        add(ssoError);
        if (options.passwords()) {
            add(login);
        }
        if (!options.providers().isEmpty()) {
            add(providers());
        }
    }

    /** One "Sign in with …" link per provider: a full page load, since the provider's page takes over. */
    private Div providers() {
        var list = new Div();
        list.addClassName("sso-providers");
        if (options.passwords()) {
            var or = new Span("or");
            or.addClassName("sso-or");
            list.add(or);
        }
        for (var provider : options.providers()) {
            var link = new Anchor(provider.path(), "Sign in with " + provider.name());
            link.setRouterIgnore(true);
            link.addClassName("sso-button");
            list.add(link);
        }
        return list;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var locked = parameters.getOrDefault("locked", List.of()).stream().findFirst()
                .filter(s -> s.matches("\\d{1,6}")).map(Long::parseLong);
        var i18n = LoginI18n.createDefault();
        locked.ifPresent(seconds -> {
            // Said the same whether or not the name exists: the throttle counts any name typed.
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Signing in with this name or from this address is paused. Try again in "
                    + waitOf(seconds) + ".");
        });
        login.setI18n(i18n);
        login.setError(locked.isPresent() || parameters.containsKey("error"));
        showSingleSignOnError(parameters);
    }

    private void showSingleSignOnError(Map<String, List<String>> parameters) {
        var code = parameters.getOrDefault("sso-error", List.of()).stream().findFirst();
        ssoError.removeAll();
        ssoError.setVisible(code.isPresent());
        code.ifPresent(c -> {
            String provider = parameters.getOrDefault("provider", List.of()).stream().findFirst()
                    .flatMap(options::provider).map(SignInOptions.Provider::name).orElse("the provider");
            ssoError.add(new H2("Signing in with " + provider + " failed"), new Paragraph(ssoErrorMessage(c)));
        });
    }

    /** What an OAuth2 error code from a failed single sign-on means to the person signing in. */
    static String ssoErrorMessage(String code) {
        return switch (code) {
            case "invalid_client", "unauthorized_client" -> "The provider did not accept Verdict's client credentials. "
                    + "An administrator needs to check Verdict's client id and secret for it.";
            case "access_denied" -> "The provider did not let you sign in to Verdict: the sign-in was cancelled, "
                    + "or Verdict is not assigned to you there.";
            case "authorization_request_not_found", "invalid_state_parameter" -> "The sign-in took too long or was "
                    + "started in another tab. Please try again.";
            case "username_missing" -> "The provider did not say which username to give you. An administrator needs to "
                    + "check verdict.oidc.username-claim.";
            case "username_taken" -> "Your username at the provider already belongs to someone else in Verdict. "
                    + "Ask an administrator.";
            case "username_too_long" -> "Your username at the provider is longer than Verdict keeps (100 characters).";
            default -> "The provider answered \"" + (code.matches("[A-Za-z0-9_.-]{1,60}") ? code : "an error")
                    + "\". Please try again; if it happens again, an administrator will find the details in Verdict's log.";
        };
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
