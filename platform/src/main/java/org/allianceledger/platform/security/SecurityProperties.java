package org.allianceledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users who may call the API, from {@code alliance.security.users[i].name/.password/.roles}; passwords carry
 * Spring's encoding prefix ({@code {bcrypt}}, {@code {noop}}).
 */
@ConfigurationProperties("alliance.security")
public record SecurityProperties(List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String name, String password, List<String> roles) {
    }
}
