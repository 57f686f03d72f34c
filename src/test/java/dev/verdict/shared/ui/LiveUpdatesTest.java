package dev.verdict.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import dev.verdict.shared.LiveFeed;
import dev.verdict.shared.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    private final LiveFeed feed = new LiveFeed();
    private final UUID review = UUID.randomUUID();

    @BeforeEach
    void aScreen() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeIt() {
        MockVaadin.tearDown();
    }

    @Test
    void a_change_made_by_the_system_actor_refreshes_a_screen_as_its_viewer_not_as_the_system() {
        List<Boolean> refreshedAsSystem = new ArrayList<>();
        var view = new Div();
        LiveUpdates.refreshWhileAttached(view, listener -> feed.subscribe(review, listener),
                () -> refreshedAsSystem.add(SystemActor.active()));
        UI.getCurrent().add(view);

        SystemActor.run(() -> {
            feed.changed(review); // the publisher's thread, after its commit
            MockVaadin.runUIQueue();
            return null;
        });

        assertThat(refreshedAsSystem).containsExactly(false, false);
    }
}
