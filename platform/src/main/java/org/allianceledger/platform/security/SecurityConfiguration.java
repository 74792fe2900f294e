package org.allianceledger.platform.security;

import org.allianceledger.platform.pages.Browsers;
import org.allianceledger.platform.pages.ErrorPages;
import org.allianceledger.platform.web.Problem;
import org.allianceledger.platform.web.ProblemWriter;
import org.allianceledger.platform.web.WebConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.Collection;
import java.util.List;

/**
 * Roles as the API defines them: OPERATOR sends commands, VIEWER reads, AUDITOR reads and audits, ADMIN does
 * everything. HTTP Basic against configured users; bearer JWTs too when an issuer or key set is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /**
     * Exposed as a plain UserDetailsService, not the manager itself: as a password-upgrading service it would
     * re-encode {noop} passwords with bcrypt after the first login, and every later request would pay ~70 ms.
     */
    @Bean
    UserDetailsService users(SecurityProperties properties) {
        List<UserDetails> users = properties.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.roles() == null ? new String[0] : user.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users)::loadUserByUsername;
    }

    /**
     * No Micrometer observation around each of the security chain's filters, the authentication and the decision:
     * on a command they cost as much as the command's own bookkeeping (docs/benchmarks.md, issue 16), and the
     * request itself is still observed and timed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Lets through the methods the services take; any other (TRACE, made-up ones) is refused with 405. */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(WebConfiguration.METHODS);
        return firewall;
    }

    /** The firewall's refusals (a path with //, %2F, ; or ..; a method not allowed) as problems. */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, rejected) -> {
            if (WebConfiguration.METHODS.contains(request.getMethod())) {
                problems.write(request, response, Problem.MALFORMED_REQUEST, rejected.getMessage());
            } else {
                response.setHeader("Allow", String.join(", ", WebConfiguration.METHODS));
                problems.write(request, response, Problem.METHOD_NOT_ALLOWED, rejected.getMessage());
            }
        };
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, ProblemWriter problems,
                                    ErrorPages pages) throws Exception {
        // The API creates no sessions, but reads one where a service has a login page (query-service's dashboard),
        // whose session cookie is SameSite=Strict: so no cross-site request carries it, and CSRF tokens are not needed.
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole("VIEWER", "AUDITOR", "ADMIN")
                        // HEAD answers what GET would, without the body: the same roles may ask
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole("VIEWER", "AUDITOR", "ADMIN")
                        .requestMatchers("/api/**").hasAnyRole("OPERATOR", "ADMIN")
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                         "/swagger-ui.html", "/error", "/pages.css").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticated))
                .exceptionHandling(handling -> handling
                        // no page is served outside the API's and the dashboard's paths: a browser asking for one
                        // reads that there is none, rather than facing a password box
                        .authenticationEntryPoint((request, response, failure) -> {
                            if (Browsers.wantPage(request)) {
                                pages.write(request, response, 404);
                            } else {
                                problems.unauthenticated(request, response, failure);
                            }
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, Problem.FORBIDDEN, "Your role does not allow this")));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaim())));
        }
        return http.build();
    }

    /** Roles of a bearer token come from its {@code roles} claim. */
    static class RolesClaim implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<String> roles = jwt.getClaimAsStringList("roles");
            return new JwtAuthenticationToken(jwt, roles == null ? List.of() : roles.stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .toList(), jwt.getSubject());
        }
    }
}
