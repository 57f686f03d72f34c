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

/** Gitea's (and Forgejo's) API v1 as its Swagger documents repoListPullRequests, repoCreatePullRequest and repoCreatePullReviewRequests. */
class GiteaHostTest extends HostApiContract {

    @Override
    CodeHost host() {
        return new GiteaHost(api);
    }

    @Override
    CodeHostKind kind() {
        return CodeHostKind.GITEA;
    }

    @Override
    String apiPath() {
        return "/api/v1";
    }

    @Override
    String project() {
        return "acme/shop";
    }

    @Override
    String listPath() {
        return "/api/v1/repos/acme/shop/pulls";
    }

    @Test
    void opens_the_pull_request_and_requests_the_collaborators_review() {
        server.stubFor(get(urlPathEqualTo("/api/v1/repos/acme/shop/collaborators/alice"))
                .withHeader("Authorization", equalTo("token " + TOKEN)).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"number": 5, "state": "open", "merged": false, "html_url": "https://git.example.com/acme/shop/pulls/5",
                         "head": {"ref": "design-review/cache-pages-1a2b3c4d"}, "base": {"ref": "main"}}""")));
        server.stubFor(post(urlPathEqualTo(listPath() + "/5/requested_reviewers")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("[]")));

        var reviewer = host().reviewer(access(), "alice");
        var opened = host().open(access(), new CodeHost.Draft("design-review/cache-pages-1a2b3c4d", "main",
                "Design review decision: Cache pages (Approved)", "# Cache pages\n", reviewer.orElse(null)));

        assertThat(opened).isEqualTo(new CodeHost.Opened(5, "https://git.example.com/acme/shop/pulls/5", PullRequestState.OPEN));
        server.verify(postRequestedFor(urlPathEqualTo(listPath())).withRequestBody(equalToJson("""
                {"title": "Design review decision: Cache pages (Approved)", "body": "# Cache pages\\n",
                 "head": "design-review/cache-pages-1a2b3c4d", "base": "main"}""")));
        server.verify(postRequestedFor(urlPathEqualTo(listPath() + "/5/requested_reviewers"))
                .withRequestBody(equalToJson("{\"reviewers\": [\"alice\"]}")));
    }

    @Test
    void finds_the_open_pull_request_whose_head_is_the_branch_among_the_open_ones() {
        server.stubFor(get(urlPathEqualTo(listPath())).withQueryParam("state", equalTo("open")).willReturn(okJson("""
                [{"number": 3, "state": "open", "merged": false, "html_url": "https://git.example.com/acme/shop/pulls/3",
                  "head": {"ref": "feature/other"}, "base": {"ref": "main"}},
                 {"number": 4, "state": "open", "merged": false, "html_url": "https://git.example.com/acme/shop/pulls/4",
                  "head": {"ref": "design-review/cache-pages-1a2b3c4d"}, "base": {"ref": "main"}}]""")));
        assertThat(host().findOpen(access(), "design-review/cache-pages-1a2b3c4d", "main"))
                .contains(new CodeHost.Opened(4, "https://git.example.com/acme/shop/pulls/4", PullRequestState.OPEN));
        assertThat(host().findOpen(access(), "design-review/another-00000000", "main")).isEmpty();
    }

    @Test
    void a_merged_pull_request_reads_merged() {
        server.stubFor(get(urlPathEqualTo(listPath() + "/5")).willReturn(okJson("""
                {"number": 5, "state": "closed", "merged": true, "html_url": "https://git.example.com/acme/shop/pulls/5"}""")));
        assertThat(host().read(access(), 5).state()).isEqualTo(PullRequestState.MERGED);
    }
}
