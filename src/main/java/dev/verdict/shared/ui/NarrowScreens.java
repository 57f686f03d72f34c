package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Lays a view out for the browser window's width: told once the view is attached and again as the
 * window is resized, whether the window is as narrow as a phone's. For grids whose columns cannot
 * all fit a phone, where a table that scrolls sideways hides the very values it lists.
 */
public final class NarrowScreens {

    /** Below this window width (CSS pixels) a view shows its phone layout. */
    public static final int PHONE_WIDTH = 700;

    private NarrowScreens() {
    }

    /** Calls {@code layout} with whether the window is narrow, at attach and at each resize; stops at detach. */
    public static void follow(Component view, Consumer<Boolean> layout) {
        Registration[] resizes = new Registration[1];
        view.addAttachListener(e -> {
            var page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> layout.accept(details.getWindowInnerWidth() < PHONE_WIDTH));
            resizes[0] = page.addBrowserWindowResizeListener(resize -> layout.accept(resize.getWidth() < PHONE_WIDTH));
        });
        view.addDetachListener(e -> {
            if (resizes[0] != null) {
                resizes[0].remove();
                resizes[0] = null;
            }
        });
    }
}
