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

/** Bitbucket Data Center's REST API 1.0 as documented for pull requests and users (developer.atlassian.com). */
class BitbucketDataCenterHostTest extends HostApiContract {

    @Override
    CodeHost host() {
        return new BitbucketDataCenterHost(api);
    }

    @Override
    CodeHostKind kind() {
        return CodeHostKind.BITBUCKET_DATA_CENTER;
    }

    @Override
    String apiPath() {
        return "/rest/api/1.0";
    }

    @Override
    String project() {
        return "SHOP/web";
    }

    @Override
    String listPath() {
        return "/rest/api/1.0/projects/SHOP/repos/web/pull-requests";
    }

    @Test
    void opens_the_pull_request_with_the_decision_maker_as_reviewer_by_user_name() {
        server.stubFor(get(urlPathEqualTo("/rest/api/1.0/users/alice")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"name\": \"alice\", \"slug\": \"alice\", \"displayName\": \"Alice Attendee\"}")));
        server.stubFor(post(urlPathEqualTo(listPath())).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": 31, "version": 0, "state": "OPEN", "title": "Design review decision: Cache pages (Approved)",
                         "fromRef": {"id": "refs/heads/design-review/cache-pages-1a2b3c4d"}, "toRef": {"id": "refs/heads/main"},
                         "links": {"self": [{"href": "https://bitbucket.example.com/projects/SHOP/repos/web/pull-requests/31"}]}}""")));

        var reviewer = host().reviewer(access(), "alice");
        var opened = host().open(access(), new CodeHost.Draft("design-review/cache-pages-1a2b3c4d", "main",
                "Design review decision: Cache pages (Approved)", "# Cache pages\n", reviewer.orElse(null)));

        assertThat(opened).isEqualTo(new CodeHost.Opened(31,
                "https://bitbucket.example.com/projects/SHOP/repos/web/pull-requests/31", PullRequestState.OPEN));
        server.verify(postRequestedFor(urlPathEqualTo(listPath())).withRequestBody(equalToJson("""
                {"title": "Design review decision: Cache pages (Approved)", "description": "# Cache pages\\n",
                 "fromRef": {"id": "refs/heads/design-review/cache-pages-1a2b3c4d",
                             "repository": {"slug": "web", "project": {"key": "SHOP"}}},
                 "toRef": {"id": "refs/heads/main", "repository": {"slug": "web", "project": {"key": "SHOP"}}},
                 "reviewers": [{"user": {"name": "alice"}}]}""")));
    }

    @Test
    void a_user_bitbucket_does_not_know_gives_no_reviewer() {
        server.stubFor(get(urlPathEqualTo("/rest/api/1.0/users/zed")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"message\":\"User zed does not exist.\"}]}")));
        assertThat(host().reviewer(access(), "zed")).isEmpty();
    }

    @Test
    void finds_the_open_pull_request_from_the_branch_into_the_base() {
        server.stubFor(get(urlPathEqualTo(listPath())).withQueryParam("state", equalTo("OPEN"))
                .withQueryParam("direction", equalTo("OUTGOING"))
                .withQueryParam("at", equalTo("refs/heads/design-review/cache-pages-1a2b3c4d"))
                .willReturn(okJson("""
                        {"size": 1, "limit": 100, "isLastPage": true, "start": 0, "values": [
                          {"id": 30, "state": "OPEN", "toRef": {"id": "refs/heads/main"},
                           "links": {"self": [{"href": "https://bitbucket.example.com/projects/SHOP/repos/web/pull-requests/30"}]}}]}""")));
        assertThat(host().findOpen(access(), "design-review/cache-pages-1a2b3c4d", "main")).contains(new CodeHost.Opened(30,
                "https://bitbucket.example.com/projects/SHOP/repos/web/pull-requests/30", PullRequestState.OPEN));
    }

    @Test
    void a_merged_pull_request_reads_merged_and_a_declined_one_closed() {
        server.stubFor(get(urlPathEqualTo(listPath() + "/31")).willReturn(okJson("""
                {"id": 31, "state": "MERGED", "links": {"self": [{"href": "https://bitbucket.example.com/x/31"}]}}""")));
        server.stubFor(get(urlPathEqualTo(listPath() + "/32")).willReturn(okJson("""
                {"id": 32, "state": "DECLINED", "links": {"self": [{"href": "https://bitbucket.example.com/x/32"}]}}""")));
        assertThat(host().read(access(), 31).state()).isEqualTo(PullRequestState.MERGED);
        assertThat(host().read(access(), 32).state()).isEqualTo(PullRequestState.CLOSED);
    }
}
