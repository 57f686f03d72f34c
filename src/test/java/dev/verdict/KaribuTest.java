package dev.verdict;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A browserless UI test on the whole app: real services, real database, real git. */
public abstract class KaribuTest extends AppTest {

    private static final Routes ROUTES = routes();

    @Autowired
    protected ApplicationContext context;

    /** Karibu's discovery skips package-private views, which is how Verdict writes them; Spring's scanner does not. */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("dev.verdict");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("dev.verdict")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return routes;
    }

    /** Opens a fresh browser tab logged in as this demo user. */
    protected UI loginAs(String username, String... roles) {
        logout();
        var all = new java.util.ArrayList<>(java.util.List.of(roles));
        all.add("USER");
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(username, null,
                all.stream().map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r)).toList());
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> all.contains(role));
        return UI.getCurrent();
    }

    @AfterEach
    protected void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
