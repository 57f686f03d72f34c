package dev.verdict.shared.ui;

import com.vaadin.flow.component.Component;

/** Something a module adds to the top bar of every signed-in page (the pre-read's bell). */
public interface HeaderContribution {

    Component create();
}
