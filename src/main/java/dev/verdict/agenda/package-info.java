/**
 * Turning a design doc into a time-boxed agenda: its sections become items whose minutes add up
 * to the meeting's timebox.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package dev.verdict.agenda;

import org.springframework.modulith.ApplicationModule;
