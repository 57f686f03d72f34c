package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLinksTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void github_and_gitlab_urls_give_the_files_page_at_the_commit() {
        assertThat(WebLinks.blob("https://github.com/acme/search.git", COMMIT, "docs/design/search.md"))
                .hasValue("https://github.com/acme/search/blob/" + COMMIT + "/docs/design/search.md");
        assertThat(WebLinks.blob("git@github.com:acme/search.git", COMMIT, "docs/a b.md"))
                .hasValue("https://github.com/acme/search/blob/" + COMMIT + "/docs/a%20b.md");
        assertThat(WebLinks.blob("https://gitlab.com/group/sub/proj", COMMIT, "design.md"))
                .hasValue("https://gitlab.com/group/sub/proj/-/blob/" + COMMIT + "/design.md");
    }

    @Test
    void credentials_never_reach_the_link_and_an_unknown_host_gives_none() {
        assertThat(WebLinks.blob("https://mia:token@github.com/acme/search", COMMIT, "d.md"))
                .hasValue("https://github.com/acme/search/blob/" + COMMIT + "/d.md");
        assertThat(WebLinks.blob("https://git.example.com/acme/search.git", COMMIT, "d.md")).isEmpty();
        assertThat(WebLinks.blob("file:///srv/git/search.git", COMMIT, "d.md")).isEmpty();
    }

    @Test
    void a_commit_links_to_its_page_on_github_and_gitlab_and_nowhere_else() {
        assertThat(WebLinks.commit("git@github.com:acme/search.git", COMMIT)).hasValue("https://github.com/acme/search/commit/" + COMMIT);
        assertThat(WebLinks.commit("https://mia:token@gitlab.com/group/proj.git", COMMIT))
                .hasValue("https://gitlab.com/group/proj/-/commit/" + COMMIT);
        assertThat(WebLinks.commit("file:///srv/git/search.git", COMMIT)).isEmpty();
        assertThat(WebLinks.commit("https://github.com/acme/search", "not-a-commit")).isEmpty();
    }
}
