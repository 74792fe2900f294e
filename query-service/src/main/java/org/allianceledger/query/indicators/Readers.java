package org.allianceledger.query.indicators;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

/** Who reads confidential figures: auditors and administrators; a viewer never. */
final class Readers {

    private static final Set<String> DISCLOSED_TO = Set.of("ROLE_AUDITOR", "ROLE_ADMIN");

    private Readers() {
    }

    static boolean callerReadsConfidential() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(DISCLOSED_TO::contains);
    }
}
