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

/** GitLab's REST API v4 as documented at docs.gitlab.com/api/merge_requests and /api/users. */
class GitLabHostTest extends HostApiContract {

    @Override
    CodeHost host() {
        return new GitLabHost(api);
    }

    @Override
    CodeHostKind kind() {
        return CodeHostKind.GITLAB;
    }

    @Override
    String apiPath() {
        return "/api/v4";
    }

    @Override
    String project() {
        return "platform/web/shop";
    }

    @Override
    String listPath() {
        return "/api/v4/projects/platform%2Fweb%2Fshop/merge_requests";
    }

    @Test
    void opens_the_merge_request_with_the_decision_makers_user_id_as_reviewer() {
        server.stubFor(get(urlPathEqualTo("/api/v4/users")).withQueryParam("username", equalTo("alice"))
                .withHeader("PRIVATE-TOKEN", equalTo(TOKEN))
                .willReturn(okJson("[{\"id\": 1234, \"username\": \"alice\", \"name\": \"Alice Attendee\"}]")));
        server.stubFor(post(urlPathEqualTo(listPath())).withHeader("PRIVATE-TOKEN", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id": 98765, "iid": 12, "state": "opened", "source_branch": "design-review/cache-pages-1a2b3c4d",
                         "target_branch": "main", "web_url": "https://gitlab.com/platform/web/shop/-/merge_requests/12"}""")));

        var reviewer = host().reviewer(access(), "alice");
        var opened = host().open(access(), new CodeHost.Draft("design-review/cache-pages-1a2b3c4d", "main",
                "Design review decision: Cache pages (Approved)", "# Cache pages\n", reviewer.orElse(null)));

        assertThat(opened).isEqualTo(new CodeHost.Opened(12, "https://gitlab.com/platform/web/shop/-/merge_requests/12",
                PullRequestState.OPEN));
        server.verify(postRequestedFor(urlPathEqualTo(listPath())).withRequestBody(equalToJson("""
                {"source_branch": "design-review/cache-pages-1a2b3c4d", "target_branch": "main",
                 "title": "Design review decision: Cache pages (Approved)", "description": "# Cache pages\\n",
                 "reviewer_ids": [1234]}""")));
    }

    @Test
    void a_user_name_gitlab_does_not_know_gives_no_reviewer() {
        server.stubFor(get(urlPathEqualTo("/api/v4/users")).willReturn(okJson("[]")));
        assertThat(host().reviewer(access(), "zed")).isEmpty();
    }

    @Test
    void finds_the_open_merge_request_by_source_and_target_branch() {
        server.stubFor(get(urlPathEqualTo(listPath())).withQueryParam("state", equalTo("opened"))
                .withQueryParam("source_branch", equalTo("design-review/cache-pages-1a2b3c4d"))
                .withQueryParam("target_branch", equalTo("main"))
                .willReturn(okJson("""
                        [{"iid": 9, "state": "opened", "web_url": "https://gitlab.com/platform/web/shop/-/merge_requests/9"}]""")));
        assertThat(host().findOpen(access(), "design-review/cache-pages-1a2b3c4d", "main"))
                .contains(new CodeHost.Opened(9, "https://gitlab.com/platform/web/shop/-/merge_requests/9", PullRequestState.OPEN));
    }

    @Test
    void a_merged_merge_request_reads_merged_and_a_closed_one_closed() {
        server.stubFor(get(urlPathEqualTo(listPath() + "/12")).willReturn(okJson("""
                {"iid": 12, "state": "merged", "web_url": "https://gitlab.com/platform/web/shop/-/merge_requests/12"}""")));
        server.stubFor(get(urlPathEqualTo(listPath() + "/13")).willReturn(okJson("""
                {"iid": 13, "state": "closed", "web_url": "https://gitlab.com/platform/web/shop/-/merge_requests/13"}""")));
        assertThat(host().read(access(), 12).state()).isEqualTo(PullRequestState.MERGED);
        assertThat(host().read(access(), 13).state()).isEqualTo(PullRequestState.CLOSED);
    }
}
