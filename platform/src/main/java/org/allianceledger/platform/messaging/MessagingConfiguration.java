package org.allianceledger.platform.messaging;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    EventUpcaster dealRecordedUpcaster() {
        return new DealRecordedUpcaster();
    }

    /**
     * Axon 4.13's Jackson 3 serializer keeps Jackson's deny-all type validator, so it cannot read back the
     * polymorphic {@code ReplayToken} a new processor writes on a non-empty store, and the projection
     * silently stays empty. Allow Axon's own types and ours, nothing else.
     */
    @Bean
    Jackson3SerializerCustomizer allowAxonAndLedgerTypes() {
        return ledgerTypes();
    }

    /**
     * The serializer customisation on its own, for tests that serialize as the services do. Upcasters read events
     * as trees, whose decimals must stay decimals: as doubles, 893456800170.459927 came out as 893456800170.46.
     */
    public static Jackson3SerializerCustomizer ledgerTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("org.allianceledger.")
                        .build())
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
