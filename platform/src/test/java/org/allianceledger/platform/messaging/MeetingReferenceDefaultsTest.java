package org.allianceledger.platform.messaging;

import org.allianceledger.events.ApplicationApproved;
import org.allianceledger.events.ApplicationRejected;
import org.allianceledger.events.MotionApproved;
import org.allianceledger.events.MotionKind;
import org.allianceledger.events.MotionRejected;
import org.allianceledger.events.MotionVoteCast;
import org.allianceledger.events.RejectionReason;
import org.allianceledger.events.Tally;
import org.allianceledger.events.VoteClosure;
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
    void aStoredMotionVoteWithoutAMeetingReadsAsCastAtNone() {
        MotionVoteCast vote = read(MotionVoteCast.class, ("{\"allianceId\":\"a\",\"motionId\":\"m\","
                + "\"voter\":\"91370812G890PMMGXK\",\"decision\":\"AGAINST\",\"castOn\":\"2023-05-08\"}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(vote).isEqualTo(new MotionVoteCast("a", "m", "91370812G890PMMGXK", VoteDecision.AGAINST,
                                                      LocalDate.of(2023, 5, 8)));
        assertThat(vote.meetingId()).isNull();
    }

    @Test
    void storedMotionDecisionsWithoutAMeetingReadAsTakenAtNone() {
        String motion = "{\"allianceId\":\"a\",\"motionId\":\"m\",\"kind\":\"EXPULSION\","
                + "\"subject\":\"91370812QEP32RR48W\",\"decidedOn\":\"2023-05-08\","
                + "\"tally\":{\"inFavour\":2,\"against\":0,\"abstain\":0,\"eligible\":2}";
        MotionApproved approved = read(MotionApproved.class, (motion + ",\"closure\":\"ALL_VOTED\"}")
                .getBytes(StandardCharsets.UTF_8));
        MotionRejected rejected = read(MotionRejected.class, (motion + ",\"closure\":\"CLOSED_BY_OPERATOR\","
                + "\"reason\":\"VOTING_RULE_NOT_MET\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(approved).isEqualTo(new MotionApproved("a", "m", MotionKind.EXPULSION, "91370812QEP32RR48W",
                                                          LocalDate.of(2023, 5, 8), new Tally(2, 0, 0, 2),
                                                          VoteClosure.ALL_VOTED));
        assertThat(approved.meetingId()).isNull();
        assertThat(rejected.reason()).isEqualTo(RejectionReason.VOTING_RULE_NOT_MET);
        assertThat(rejected.meetingId()).isNull();
    }

    @Test
    void motionEventsThatNameAMeetingKeepIt() {
        MotionVoteCast vote = new MotionVoteCast("a", "m", "91370812G890PMMGXK", VoteDecision.FOR,
                                                 LocalDate.of(2023, 5, 8), "meeting-2023-05-08");
        MotionRejected rejected = new MotionRejected("a", "m", MotionKind.EXPULSION, "91370812QEP32RR48W",
                                                     LocalDate.of(2023, 5, 8), new Tally(0, 2, 0, 2),
                                                     VoteClosure.ALL_VOTED, RejectionReason.VOTING_RULE_NOT_MET,
                                                     "meeting-2023-05-08");

        assertThat(read(MotionVoteCast.class, serializer.serialize(vote, byte[].class).getData())).isEqualTo(vote);
        assertThat(read(MotionRejected.class, serializer.serialize(rejected, byte[].class).getData())).isEqualTo(rejected);
    }

    @Test
    void aVoteThatNamesAMeetingKeepsIt() {
        VoteCast vote = new VoteCast("a", "p", "91370812G890PMMGXK", VoteDecision.AGAINST, LocalDate.of(2023, 1, 11),
                                     "meeting-2023-01-11");

        assertThat(read(VoteCast.class, serializer.serialize(vote, byte[].class).getData())).isEqualTo(vote);
    }
}
