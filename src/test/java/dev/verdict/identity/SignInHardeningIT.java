package dev.verdict.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The login form over real HTTP: thirty wrong passwords and then the right one do not sign in, a
 * name that does not exist is answered exactly like one that does, and every page carries the
 * security headers. (Its own application context: its failures never slow other tests' logins.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "verdict.sign-in.slowdown=PT30S")
class SignInHardeningIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    dev.verdict.audit.AuditService audit;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestData.register(registry);
    }

    @Test
    void thirty_wrong_passwords_then_the_right_one_is_refused_and_says_when_to_try_again() throws Exception {
        List<String> answers = attempts("alice", "wrong", 30);
        String right = signIn(client(), "alice", "demo");

        assertThat(answers.subList(0, 3)).containsOnly("/login?error");
        assertThat(answers.subList(3, 30)).allMatch(a -> a.matches("/login\\?locked=\\d+"));
        assertThat(right).as("the right password after thirty wrong ones").matches("/login\\?locked=\\d+");
    }

    @Test
    void the_trail_records_each_sign_in_and_each_failed_one_by_the_name_typed_and_never_the_password() throws Exception {
        signIn(client(), "olga", "not-her-password");
        signIn(client(), "olga", "demo");

        var entries = dev.verdict.AsUser.call("admin", () -> audit.trail(new dev.verdict.audit.AuditQuery("olga", null, null, null)));
        assertThat(entries).extracting(dev.verdict.audit.AuditRecord::action).containsSubsequence("signed in", "sign-in failed");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.subject()).startsWith("from ");
            assertThat(String.join(" ", String.valueOf(e.subject()), String.valueOf(e.before()), String.valueOf(e.after())))
                    .doesNotContain("not-her-password", "demo");
        });
    }

    @Test
    void a_name_that_does_not_exist_gets_the_same_answers_as_one_that_does() throws Exception {
        assertThat(attempts("nobody-at-all", "wrong", 6)).isEqualTo(attempts("bob", "wrong", 6));
    }

    @Test
    void pages_carry_a_content_security_policy_and_the_other_security_headers() throws Exception {
        var login = client().send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private List<String> attempts(String username, String password, int times) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(signIn(client(), username, password));
        }
        return answers;
    }

    /** Posts the login form as the browser does; returns where the answer redirects, without the host. */
    private String signIn(HttpClient client, String username, String password) throws Exception {
        var form = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(form.body());
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        var answer = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).as("a redirect").isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
