/**
 * The review: its design doc, the people in it and their roles, its agenda. Every question of
 * "may this caller touch this review" is answered here.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "agenda", "repository"})
package dev.verdict.review;

import org.springframework.modulith.ApplicationModule;
