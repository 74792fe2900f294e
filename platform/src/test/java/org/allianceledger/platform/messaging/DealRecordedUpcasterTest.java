package org.allianceledger.platform.messaging;

import org.allianceledger.events.DealKind;
import org.allianceledger.events.DealRecorded;
import org.allianceledger.events.Quantity;
import org.allianceledger.events.Recurrence;
import org.allianceledger.platform.testing.Api;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A DealRecorded stored as revision 1 reads as revision 2, its unit a UN/ECE Recommendation 20 code. */
class DealRecordedUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
            .build();

    private DomainEventMessage<?> read(byte[] payload, String revision) {
        DomainEventData<byte[]> stored = new GenericDomainEventEntry<>(
                "Alliance", "yanzhou-food-drug", 12, "event-1", Instant.parse("2023-01-20T02:00:00Z"),
                DealRecorded.class.getName(), revision, payload, "{}".getBytes());
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(stored), serializer, new EventUpcasterChain(new DealRecordedUpcaster()));
        return stream.next();
    }

    @Test
    void aRevisionOneDealLoadsAsRevisionTwoWithItsUnitAsACode() throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/events/deal-recorded-rev1.json")) {
            stored = in.readAllBytes();
        }
        DomainEventMessage<?> message = read(stored, "1");

        assertThat(message.getPayload()).isEqualTo(new DealRecorded(
                "yanzhou-food-drug", "deal-oil-haiyu", "91370812G890PMMGXK", "91370812KG6NNKB65Q", DealKind.SUPPLY,
                "大豆油 soybean oil", new Quantity(BigDecimal.TEN, "TNE"), Recurrence.MONTHLY, null,
                LocalDate.of(2022, 6, 15), null));
        assertThat(message.getSequenceNumber()).isEqualTo(12);
    }

    @Test
    void aRevisionTwoDealIsLeftAsItIs() {
        byte[] stored = ("{\"allianceId\":\"a\",\"dealId\":\"d\",\"provider\":\"p\",\"receiver\":\"r\",\"kind\":\"OTHER\","
                         + "\"subject\":\"s\",\"quantity\":{\"amount\":3,\"unit\":\"t\"},\"signedOn\":\"2023-01-01\"}").getBytes();
        DealRecorded deal = (DealRecorded) read(stored, "2").getPayload();
        assertThat(deal.quantity().unit()).as("revision 2 is not upcast again").isEqualTo("t");
    }

    /** Upcasting reads an event as a tree: a tree that held decimals as doubles kept 15 digits of 18. */
    @Test
    void anUpcastDealKeepsEveryDigitOfItsAmounts() {
        byte[] stored = ("{\"allianceId\":\"a\",\"dealId\":\"d\",\"provider\":\"p\",\"receiver\":\"r\",\"kind\":\"OTHER\","
                         + "\"subject\":\"s\",\"quantity\":{\"amount\":893456800170.459927,\"unit\":\"吨\"},"
                         + "\"valueCny\":999999999999999.99,\"signedOn\":\"2023-01-01\"}").getBytes(StandardCharsets.UTF_8);
        DealRecorded deal = (DealRecorded) read(stored, "1").getPayload();
        assertThat(deal.quantity().unit()).isEqualTo("TNE");
        assertThat(deal.quantity().amount()).isEqualByComparingTo("893456800170.459927");
        assertThat(deal.valueCny()).isEqualByComparingTo("999999999999999.99");
    }

    /**
     * Every unit revision 1 may hold reads as the code revision 2 was defined with, pinned in a file of its own:
     * the units the command side accepts today do not change how an old event reads.
     */
    @ParameterizedTest(name = "{0} stored as revision 1 reads as {1}")
    @CsvFileSource(resources = "/events/deal-recorded-rev1-units.csv")
    void aRevisionOneUnitReadsAsTheCodeRevisionTwoWasDefinedWith(String written, String code) {
        byte[] stored = ("{\"allianceId\":\"a\",\"dealId\":\"d\",\"provider\":\"p\",\"receiver\":\"r\",\"kind\":\"OTHER\","
                         + "\"subject\":\"s\",\"quantity\":{\"amount\":1,\"unit\":" + Api.JSON.writeValueAsString(written)
                         + "},\"signedOn\":\"2023-01-01\"}").getBytes(StandardCharsets.UTF_8);
        DealRecorded deal = (DealRecorded) read(stored, "1").getPayload();
        assertThat(deal.quantity().unit()).isEqualTo(code);
    }
}
