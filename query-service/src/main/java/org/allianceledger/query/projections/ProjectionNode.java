package org.allianceledger.query.projections;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This instance, as it claims the projections' segments in the token table ({@code token_entry.owner}) and as the
 * admin endpoint names it. Unique per running instance: two instances in one JVM (the system tests) must not share
 * Axon's default, the JVM's name, or each would take the other's claims for its own.
 */
@Component
public class ProjectionNode {

    private final String id;

    ProjectionNode(@Value("${alliance.projections.node-id:}") String configured) {
        this.id = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String id() {
        return id;
    }
}
