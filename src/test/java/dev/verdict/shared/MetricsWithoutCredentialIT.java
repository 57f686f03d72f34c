package dev.verdict.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** On the embedded defaults no scrape password is set, so nobody reads the metrics: not the default name, not a person. */
class MetricsWithoutCredentialIT extends BrowserTest {

    @Test
    void without_a_scrape_password_every_scrape_is_refused() throws Exception {
        for (String credential : new String[] {null, "prometheus:", "prometheus:prometheus", "mia:demo"}) {
            var request = HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus"));
            if (credential != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
            }
            var answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(String.valueOf(credential)).isEqualTo(401);
            assertThat(answer.body()).doesNotContain("verdict_");
        }
    }
}
