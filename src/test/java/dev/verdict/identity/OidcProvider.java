package dev.verdict.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider inside the test JVM: Spring Authorization Server in its own Spring
 * context (no auto-configuration, so nothing of Verdict's mixes in) on a random port of
 * {@code localhost}, with its own login page, discovery, JWKs, tokens, user info and RP-initiated
 * logout. The app under test runs on {@code 127.0.0.1}, so the two keep their session cookies
 * apart. People sign in with a login name and password; the ID token carries the claims a test
 * gives them, read at each sign-in so a test can change them between two.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "verdict";
    static final String CLIENT_SECRET = "verdict-secret";
    static final String PASSWORD = "provider-password";

    /** What each login name's ID token says, besides iss, sub, aud and the times. */
    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();

    private final ConfigurableApplicationContext context;

    private OidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static OidcProvider start() {
        var context = new SpringApplicationBuilder(Beans.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off")
                // Not Verdict's application.yml: this is another server.
                .run("--spring.config.name=oidc-provider");
        return new OidcProvider(context);
    }

    /** The issuer, as the discovery document names it: {@code http://localhost:<port>}. */
    String issuer() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Registers (or re-registers) Verdict at this base URL as a confidential client with this secret. */
    void registerVerdict(String appBaseUrl, String secret) {
        var client = RegisteredClient.withId("verdict-client")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(appBaseUrl + "/login/oauth2/code/company")
                .postLogoutRedirectUri(appBaseUrl + "/login")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .build();
        context.getBean(InMemoryRegisteredClientRepository.class).save(client);
    }

    /** A person who can sign in here with {@link #PASSWORD}; the ID token carries these claims. */
    void person(String loginName, Map<String, Object> claims) {
        CLAIMS.put(loginName, Map.copyOf(claims));
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's beans: two filter chains (the protocol endpoints, then its login page), keys, clients, people. */
    @EnableWebSecurity
    static class Beans {

        @Bean
        TomcatServletWebServerFactory webServer() {
            var tomcat = new TomcatServletWebServerFactory(0);
            // Tomcat runs filters only for a request some servlet maps; the protocol lives in filters.
            tomcat.setRegisterDefaultServlet(true);
            return tomcat;
        }

        /**
         * The provider's filters and Spring Authorization Server's static look-ups must share one
         * context store; the Verdict app in the same JVM replaces the global strategy with Vaadin's
         * after this context has started, so each call asks for the global one afresh.
         */
        @Bean
        SecurityContextHolderStrategy securityContexts() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        DelegatingFilterProxyRegistrationBean securityFilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            var authorizationServer = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(authorizationServer.getEndpointsMatcher())
                    .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return loginName -> {
                if (!CLAIMS.containsKey(loginName)) {
                    throw new UsernameNotFoundException(loginName);
                }
                return User.withUsername(loginName).password("{noop}" + PASSWORD).roles("USER").build();
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return token -> {
                if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    token.getClaims().claims(claims -> claims.putAll(CLAIMS.getOrDefault(token.getPrincipal().getName(), Map.of())));
                }
            };
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            // Replaced by registerVerdict once the app's port is known; SAS wants one client to start with.
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("verdict-client")
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/company").scope(OidcScopes.OPENID).build());
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() throws NoSuchAlgorithmException {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
            // The user info endpoint reads the access token with it.
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
