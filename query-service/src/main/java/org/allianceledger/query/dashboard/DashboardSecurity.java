package org.allianceledger.query.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dashboard is for people in a browser: a login form and a session, ahead of the API's own chain. The pages
 * then read the API with that session (the API chain accepts it; the cookie is SameSite=Strict).
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http) throws Exception {
        http.securityMatcher("/", "/index.html", "/dashboard/**", "/login", "/logout", "/default-ui.css")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/default-ui.css").permitAll() // the login page's style
                        .anyRequest().hasAnyRole("VIEWER", "AUDITOR", "ADMIN"))
                .formLogin(form -> form.defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
