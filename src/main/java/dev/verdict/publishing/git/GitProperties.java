package dev.verdict.publishing.git;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The repository decisions are published to.
 *
 * @param remote     URL or local path of the remote that Verdict pushes to
 * @param branch     branch that receives the commits
 * @param cacheDir   where Verdict keeps its own bare clone (never a working tree a person uses)
 * @param createDemo create the remote with an adr-tools layout when it does not exist yet
 * @param name       what people call this repository on screens ("Design decisions"); when empty,
 *                   "Demo repository" for the demo, else the remote's address without credentials
 */
@ConfigurationProperties("verdict.git")
record GitProperties(
        String remote,
        @DefaultValue("main") String branch,
        Path cacheDir,
        @DefaultValue("false") boolean createDemo,
        @DefaultValue("docs/design-reviews") String summaryDir,
        String name) {
}
