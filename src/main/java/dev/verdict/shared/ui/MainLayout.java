package dev.verdict.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page: navigation, who is logged in, log out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, java.util.List<HeaderContribution> contributions) {
        var brand = new Span("Verdict");
        brand.addClassName("brand");
        var user = new Span(auth.getPrincipalName().orElse(""));
        user.addClassName("current-user");
        var logout = new Button("Log out", e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(brand);
        contributions.forEach(c -> bar.add(c.create()));
        bar.add(user, logout);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(brand);
        bar.addClassName("top-bar");
        addToNavbar(new DrawerToggle(), bar);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("My reviews", ""));
        nav.addItem(new SideNavItem("New review", "new"));
        nav.addItem(new SideNavItem("My follow-ups", "follow-ups"));
        nav.addItem(new SideNavItem("History", "history"));
        nav.addItem(new SideNavItem("Decision log", "decisions"));
        if (auth.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Repositories", "repositories"));
            nav.addItem(new SideNavItem("Audit trail", "audit"));
            nav.addItem(new SideNavItem("Chat", "admin/chat"));
            nav.addItem(new SideNavItem("Issue trackers", "admin/trackers"));
        }
        addToDrawer(nav);
    }
}
