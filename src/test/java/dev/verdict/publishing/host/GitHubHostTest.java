package dev.verdict.publishing.host;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.publishing.CodeHost;
import dev.verdict.publishing.PullRequestState;
import dev.verdict.repository.CodeHostKind;
import org.junit.jupiter.api.Test;

/** GitHub's REST API as documented at docs.github.com/rest/pulls (version 2022-11-28). */
class GitHubHostTest extends HostApiContract {

    @Override
    CodeHost host() {
        return new GitHubHost(api);
    }

    @Override
    CodeHostKind kind() {
        return CodeHostKind.GITHUB;
    }

    @Override
    String apiPath() {
        return "";
    }

    @Override
    String project() {
        return "acme/shop";
    }

    @Override
    String listPath() {
        return "/repos/acme/shop/pulls";
    }

    @Test
    void opens_the_pull_request_and_asks_the_collaborator_to_review() {
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/collaborators/alice")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo("/repos/acme/shop/pulls"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"number": 42, "state": "open", "merged": false, "merged_at": null,
                         "html_url": "https://github.com/acme/shop/pull/42",
                         "head": {"ref": "design-review/cache-pages-1a2b3c4d"}, "base": {"ref": "main"}}""")));
        server.stubFor(post(urlPathEqualTo("/repos/acme/shop/pulls/42/requested_reviewers"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"number\":42}")));

        var reviewer = host().reviewer(access(), "alice");
        var opened = host().open(access(), new CodeHost.Draft("design-review/cache-pages-1a2b3c4d", "main",
                "Design review decision: Cache pages (Approved)", "# Cache pages\n", reviewer.orElse(null)));

        assertThat(opened).isEqualTo(new CodeHost.Opened(42, "https://github.com/acme/shop/pull/42", PullRequestState.OPEN));
        server.verify(postRequestedFor(urlPathEqualTo("/repos/acme/shop/pulls")).withRequestBody(equalToJson("""
                {"title": "Design review decision: Cache pages (Approved)", "body": "# Cache pages\\n",
                 "head": "design-review/cache-pages-1a2b3c4d", "base": "main"}""")));
        server.verify(postRequestedFor(urlPathEqualTo("/repos/acme/shop/pulls/42/requested_reviewers"))
                .withRequestBody(equalToJson("{\"reviewers\": [\"alice\"]}")));
    }

    @Test
    void a_user_who_is_not_a_collaborator_is_not_asked_to_review() {
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/collaborators/zed")).willReturn(aResponse().withStatus(404)));
        assertThat(host().reviewer(access(), "zed")).isEmpty();
    }

    @Test
    void finds_the_open_pull_request_of_the_branch_by_owner_and_branch() {
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/pulls"))
                .withQueryParam("head", equalTo("acme:design-review/cache-pages-1a2b3c4d"))
                .withQueryParam("state", equalTo("open")).withQueryParam("base", equalTo("main"))
                .willReturn(okJson("""
                        [{"number": 7, "state": "open", "merged_at": null, "html_url": "https://github.com/acme/shop/pull/7",
                          "head": {"ref": "design-review/cache-pages-1a2b3c4d"}, "base": {"ref": "main"}}]""")));
        assertThat(host().findOpen(access(), "design-review/cache-pages-1a2b3c4d", "main"))
                .contains(new CodeHost.Opened(7, "https://github.com/acme/shop/pull/7", PullRequestState.OPEN));
    }

    @Test
    void no_open_pull_request_for_the_branch_is_an_empty_answer() {
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/pulls")).willReturn(okJson("[]")));
        assertThat(host().findOpen(access(), "design-review/x", "main")).isEmpty();
    }

    @Test
    void a_closed_pull_request_that_was_merged_reads_merged_and_one_that_was_not_reads_closed() {
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/pulls/42")).willReturn(okJson("""
                {"number": 42, "state": "closed", "merged": true, "merged_at": "2026-12-01T11:00:00Z",
                 "html_url": "https://github.com/acme/shop/pull/42"}""")));
        server.stubFor(get(urlPathEqualTo("/repos/acme/shop/pulls/43")).willReturn(okJson("""
                {"number": 43, "state": "closed", "merged": false, "merged_at": null,
                 "html_url": "https://github.com/acme/shop/pull/43"}""")));
        assertThat(host().read(access(), 42).state()).isEqualTo(PullRequestState.MERGED);
        assertThat(host().read(access(), 43).state()).isEqualTo(PullRequestState.CLOSED);
    }
}
