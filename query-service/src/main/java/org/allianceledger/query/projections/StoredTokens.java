package org.allianceledger.query.projections;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The projections' segments as the token table holds them, for every instance alike: each one's committed token and
 * the instance that holds it. Read by SQL: Axon's {@code TokenStore} reads a token only by claiming it (which would
 * take another instance's segment, or fail), and tells no owners ({@code fetchAvailableSegments} says only which
 * segments this instance may claim).
 */
@Component
class StoredTokens {

    private final JdbcClient jdbc;
    private final Configuration axon;
    private final Duration claimTimeout;

    StoredTokens(JdbcClient jdbc, Configuration axon, TokenStoreProperties tokenStore) {
        this.jdbc = jdbc;
        this.axon = axon;
        this.claimTimeout = tokenStore.getClaimTimeout();
    }

    /** A segment: its committed token, and who holds it (null when nobody does, or the claim has run out). */
    record Segment(int segment, String owner, TrackingToken token) {
    }

    /** In segment order. */
    List<Segment> segments() {
        Instant expired = Instant.now().minus(claimTimeout);
        return jdbc.sql("SELECT segment, owner, \"timestamp\", token, token_type FROM token_entry "
                        + "WHERE processor_name = ? ORDER BY segment")
                .param(ProjectionGroup.NAME)
                .query((row, i) -> {
                    String owner = row.getString("owner");
                    boolean held = owner != null && Instant.parse(row.getString("timestamp")).isAfter(expired);
                    byte[] token = row.getBytes("token");
                    return new Segment(row.getInt("segment"), held ? owner : null, token == null ? null
                            : (TrackingToken) axon.serializer().deserialize(new SimpleSerializedObject<>(
                                    token, byte[].class, row.getString("token_type"), null)));
                })
                .list();
    }

    Duration claimTimeout() {
        return claimTimeout;
    }
}
