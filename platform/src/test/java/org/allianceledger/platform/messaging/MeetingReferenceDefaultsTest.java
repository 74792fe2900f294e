package org.allianceledger.platform.messaging;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.RotationHandedOver;
import org.allianceledger.events.VoteCast;
import org.allianceledger.events.VoteDecision;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Votes, decisions and handovers stored before they could name a joint meeting read as taken at none (a null
 * {@code meetingId}), as stored then (the JSON files are such events); one that names a meeting keeps it.
 */
class MeetingReferenceDefaultsTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
            .build();

    private <T> T read(Class<T> type, byte[] payload) {
        return serializer.deserialize(new SimpleSerializedObject<>(
                payload, byte[].class, new SimpleSerializedType(type.getName(), "1")));
    }

    private byte[] stored(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/events/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aStoredVoteWithoutAMeetingReadsAsCastAtNone() throws IOException {
        VoteCast vote = read(VoteCast.class, stored("vote-cast-before-meetings.json"));

        assertThat(vote).isEqualTo(new VoteCast("yanzhou-food-drug", "app-2023-yingyuan", "91370812G890PMMGXK",
                                                VoteDecision.FOR, LocalDate.of(2023, 1, 11)));
        assertThat(vote.meetingId()).isNull();
    }

    @Test
    void aStoredHandoverWithoutAMeetingReadsAsAtNone() throws IOException {
        RotationHandedOver handover = read(RotationHandedOver.class, stored("rotation-handed-over-before-meetings.json"));

        assertThat(handover.note()).isEqualTo("交接轮值旗");
        assertThat(handover.termEnds()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(handover.meetingId()).isNull();
    }

    @Test
    void storedDecisionsWithoutAMeetingReadAsTakenAtNone() {
        String tally = "\"tally\":{\"inFavour\":3,\"against\":0,\"abstain\":0,\"eligible\":3}";
        ApplicationApproved approved = read(ApplicationApproved.class, ("{\"allianceId\":\"a\",\"applicationId\":\"p\","
                + "\"applicant\":\"91370812QEP32RR48W\",\"decidedOn\":\"2023-01-11\"," + tally
                + ",\"closure\":\"ALL_VOTED\"}").getBytes(StandardCharsets.UTF_8));
        ApplicationRejected rejected = read(ApplicationRejected.class, ("{\"allianceId\":\"a\",\"applicationId\":\"p\","
                + "\"applicant\":\"91370812QEP32RR48W\",\"decidedOn\":\"2023-01-11\"," + tally
                + ",\"closure\":\"CLOSED_BY_OPERATOR\",\"reason\":\"QUORUM_NOT_MET\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(approved.meetingId()).isNull();
        assertThat(approved.tally().inFavour()).isEqualTo(3);
        assertThat(rejected.meetingId()).isNull();
    }

    @Test
    void aVoteThatNamesAMeetingKeepsIt() {
        VoteCast vote = new VoteCast("a", "p", "91370812G890PMMGXK", VoteDecision.AGAINST, LocalDate.of(2023, 1, 11),
                                     "meeting-2023-01-11");

        assertThat(read(VoteCast.class, serializer.serialize(vote, byte[].class).getData())).isEqualTo(vote);
    }
}
