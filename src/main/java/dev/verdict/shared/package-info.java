/**
 * Building blocks every module may use: the clock, safe Markdown rendering, the live feed that
 * carries committed changes to open screens, and the app layout.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dev.verdict.shared;

import org.springframework.modulith.ApplicationModule;
