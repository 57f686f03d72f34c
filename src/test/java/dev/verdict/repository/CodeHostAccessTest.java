package dev.verdict.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CodeHostAccessTest {

    @Test
    void github_and_gitlab_are_recognised_from_their_https_and_ssh_urls() {
        assertThat(CodeHostAccess.resolve("https://github.com/acme/shop.git", null, null, null, "t"))
                .contains(new CodeHostAccess(CodeHostKind.GITHUB, URI.create("https://api.github.com"), "acme/shop", "t"));
        assertThat(CodeHostAccess.resolve("git@gitlab.com:platform/web/shop.git", null, "", "", null))
                .contains(new CodeHostAccess(CodeHostKind.GITLAB, URI.create("https://gitlab.com/api/v4"), "platform/web/shop", null));
    }

    @Test
    void another_host_needs_its_kind_and_then_takes_the_kinds_api_path_and_the_urls_path() {
        assertThat(CodeHostAccess.resolve("https://git.example.com/acme/shop.git", null, null, null, "t")).isEmpty();
        assertThat(CodeHostAccess.resolve("https://git.example.com/acme/shop.git", CodeHostKind.GITEA, null, null, "t"))
                .contains(new CodeHostAccess(CodeHostKind.GITEA, URI.create("https://git.example.com/api/v1"), "acme/shop", "t"));
        assertThat(CodeHostAccess.resolve("https://bitbucket.example.com/scm/SHOP/web.git", CodeHostKind.BITBUCKET_DATA_CENTER,
                null, null, "t")).contains(new CodeHostAccess(CodeHostKind.BITBUCKET_DATA_CENTER,
                URI.create("https://bitbucket.example.com/rest/api/1.0"), "SHOP/web", "t"));
    }

    @Test
    void a_local_repository_is_reached_only_through_a_configured_api_url_and_project() {
        assertThat(CodeHostAccess.resolve("/srv/git/shop.git", CodeHostKind.GITHUB, null, null, "t")).isEmpty();
        assertThat(CodeHostAccess.resolve("/srv/git/shop.git", CodeHostKind.GITHUB, "http://127.0.0.1:8089/", "acme/shop", "t"))
                .contains(new CodeHostAccess(CodeHostKind.GITHUB, URI.create("http://127.0.0.1:8089"), "acme/shop", "t"));
    }

    @Test
    void the_token_never_shows_in_its_text() {
        assertThat(new CodeHostAccess(CodeHostKind.GITHUB, URI.create("https://api.github.com"), "a/b", "secret-123").toString())
                .doesNotContain("secret-123").contains("****");
    }
}
