package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdrFolderTest {

    private static final String COMMIT = "3f2a9c1e5b7d4a6f8e0c2b4d6f8a0c2e4b6d8f0a";

    @Test
    void a_hosted_repositorys_commits_link_to_their_web_page_without_the_user_in_the_url() {
        var folder = folder("https://deploy-bot@github.com/acme/payments.git");
        assertThat(folder.commitPage(COMMIT)).contains("https://github.com/acme/payments/commit/" + COMMIT);
        assertThat(folder("git@gitlab.com:acme/search.git").commitPage(COMMIT)).contains("https://gitlab.com/acme/search/-/commit/" + COMMIT);
    }

    @Test
    void a_local_or_unknown_host_gives_no_link_and_neither_does_a_commit_that_is_not_a_hash() {
        assertThat(folder("/srv/git/payments.git").commitPage(COMMIT)).isEmpty();
        assertThat(folder("https://git.internal.example/acme/payments.git").commitPage(COMMIT)).isEmpty();
        assertThat(folder("https://github.com/acme/payments.git").commitPage("main\"><script>")).isEmpty();
    }

    private static AdrFolder folder(String url) {
        return new AdrFolder(UUID.randomUUID(), "payments", new AdrLog("abc", AdrConvention.MADR, "docs/decisions", List.of()), Map.of(), url);
    }
}
