package org.allianceledger.platform.messaging;

import org.allianceledger.events.AllianceFounded;
import org.allianceledger.events.Charter;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alliance founded before the charter named its instructor quota and meeting cadence runs by the defaults, as
 * stored then (the JSON file is such an event), and a founding that states them keeps what it states.
 */
class CharterDefaultsTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
            .build();

    private AllianceFounded read(byte[] payload) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                payload, byte[].class, new SimpleSerializedType(AllianceFounded.class.getName(), "1")));
    }

    @Test
    void aStoredFoundingWithoutTheNewFieldsReadsWithTheDefaults() throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/events/alliance-founded-before-instructor-quota.json")) {
            stored = in.readAllBytes();
        }
        Charter charter = read(stored).charter();

        assertThat(charter.instructorsPerDepartment()).isEqualTo(2);
        assertThat(charter.meetingEveryMonths()).isEqualTo(2);
        assertThat(charter.chairTermMonths()).isEqualTo(2);
    }

    @Test
    void aFoundingThatStatesThemKeepsThem() {
        AllianceFounded founded = read(("{\"allianceId\":\"a\",\"foundedOn\":\"2022-04-21\",\"charter\":{\"votingRule\":"
                + "\"SIMPLE_MAJORITY\",\"quorum\":0.5,\"chairTermMonths\":2,\"voteWindowDays\":14,"
                + "\"instructorsPerDepartment\":1,\"meetingEveryMonths\":3}}").getBytes());

        assertThat(founded.charter().instructorsPerDepartment()).isEqualTo(1);
        assertThat(founded.charter().meetingEveryMonths()).isEqualTo(3);
    }
}
