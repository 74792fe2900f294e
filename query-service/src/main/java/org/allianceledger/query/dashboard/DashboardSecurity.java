package org.allianceledger.query.dashboard;

import org.allianceledger.platform.pages.Pages;
import org.allianceledger.platform.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dashboard is for people in a browser: the product's sign-in page and a session, ahead of the API's own chain.
 * The pages then read the API with that session (the API chain accepts it).
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    static final String[] DASHBOARD_ROLES = {"VIEWER", "AUDITOR", "ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http, Pages pages, ProblemWriter problems) throws Exception {
        // The session cookie is SameSite=Strict: no cross-site request carries it, so the sign-out button and the
        // dashboard's reads need no CSRF tokens. Without CSRF protection, GET /logout signs out too (no confirmation).
        http.securityMatcher("/", "/index.html", "/dashboard/**", "/webjars/**", "/login", "/logout")
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login").permitAll()
                        .anyRequest().hasAnyRole(DASHBOARD_ROLES))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(new ForbiddenPage(pages, problems)));
        return http.build();
    }
}
