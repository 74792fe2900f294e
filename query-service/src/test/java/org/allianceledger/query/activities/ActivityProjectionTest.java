package org.allianceledger.query.activities;

import org.allianceledger.events.ActivityKind;
import org.allianceledger.events.ActivityRecorded;
import org.allianceledger.events.Attendees;
import org.allianceledger.events.AllianceEvent;
import org.allianceledger.query.activities.ActivityQueries.ActivityView;
import org.allianceledger.query.activities.ActivityQueries.Participant;
import org.allianceledger.query.projections.ProjectionBench;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.allianceledger.query.QueryFixtures.BAIXIANG;
import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.YIHAI;
import static org.allianceledger.query.projections.ProjectionBench.anAlliance;
import static org.assertj.core.api.Assertions.assertThat;

/** The activities read model as the projection writes it and ActivityQueries reads it back. */
class ActivityProjectionTest {

    static final ProjectionBench bench = ProjectionBench.on("projection_activities");
    static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    static final String BUREAU = "11370812YKY0WCH4RR";
    static final String TITLE = "“助学兴教”教育基金捐赠仪式\t（第一期）";

    final String alliance = anAlliance();
    final ProjectionBench.Feed activities =
            bench.feed(new ActivityProjection(bench.jdbc(), bench.writer(), JsonMapper.builder().build()));
    final ActivityQueries queries = new ActivityQueries(bench.jdbc(), JsonMapper.builder().build());

    ActivityRecorded donation() {
        return new ActivityRecorded(alliance, "edu-fund", ActivityKind.PUBLIC_WELFARE, TITLE, DAY,
                                    new Attendees(List.of(YIHAI.id(), BAIXIANG.id()), List.of(BUREAU)),
                                    new BigDecimal("1000000000000000.00"), 1200);
    }

    ActivityRecorded training(LocalDate on) {
        return new ActivityRecorded(alliance, "training-" + on, ActivityKind.TRAINING, "食品安全培训", on,
                                    new Attendees(List.of(), List.of()), null, null);
    }

    List<ActivityView> all() {
        return queries.activities(alliance, EnumSet.allOf(ActivityKind.class), null, null);
    }

    @BeforeEach
    void membersAndDepartments() {
        for (var member : List.of(YIHAI, BAIXIANG)) {
            bench.jdbc().sql("INSERT INTO member (alliance_id, enterprise_id, name, member_since, admitted_by) VALUES (?, ?, ?, ?, 'FOUNDING')")
                    .params(alliance, member.id(), member.name(), FOUNDED_ON).update();
        }
        bench.jdbc().sql("INSERT INTO partner_department (alliance_id, department_id, name, joined_on) VALUES (?, ?, ?, ?)")
                .params(alliance, BUREAU, "兖州区市场监督管理局", FOUNDED_ON).update();
    }

    @Test
    void anActivityIsStoredExactlyWithItsParticipantsByName() {
        activities.live(donation());

        ActivityView activity = all().get(0);
        assertThat(activity.activityId()).isEqualTo("edu-fund");
        assertThat(activity.kind()).isEqualTo(ActivityKind.PUBLIC_WELFARE);
        assertThat(activity.title()).isEqualTo(TITLE);
        assertThat(activity.heldOn()).isEqualTo(DAY);
        assertThat(activity.donationsCny()).as("the largest sum the door accepts").isEqualByComparingTo("1000000000000000.00");
        assertThat(activity.beneficiaries()).isEqualTo(1200);
        assertThat(activity.participants().members())
                .containsExactly(new Participant(YIHAI.id(), "益海嘉里"), new Participant(BAIXIANG.id(), "白象食品"));
        assertThat(activity.participants().departments()).containsExactly(new Participant(BUREAU, "兖州区市场监督管理局"));
        assertThat(activity.recordedAt()).isNotNull();
    }

    @Test
    void anActivityWithoutDonationsOrBeneficiariesHasNone() {
        activities.live(training(DAY));

        ActivityView activity = all().get(0);
        assertThat(activity.donationsCny()).isNull();
        assertThat(activity.beneficiaries()).isNull();
        assertThat(activity.participants().members()).isEmpty();
    }

    @Test
    void activitiesAreFilteredByKindAndByDaysInclusive() {
        activities.live(donation(), training(DAY.minusDays(1)), training(DAY.plusDays(1)));

        assertThat(all()).extracting(ActivityView::heldOn).containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1));
        assertThat(queries.activities(alliance, EnumSet.of(ActivityKind.TRAINING), null, null)).hasSize(2);
        assertThat(queries.activities(alliance, EnumSet.allOf(ActivityKind.class), DAY, DAY))
                .extracting(ActivityView::activityId).containsExactly("edu-fund");
        assertThat(queries.activities(alliance, EnumSet.of(ActivityKind.EXCHANGE), null, null)).isEmpty();
    }

    @Test
    void anActivityHandedTwiceIsStoredOnce() {
        DomainEventMessage<AllianceEvent> once = bench.message(donation());
        activities.live(once, once);

        assertThat(all()).hasSize(1);
    }

    @Test
    void aReplayAfterTheResetStoresTheSame() {
        activities.live(donation(), training(DAY));
        List<ActivityView> before = all();

        activities.reset().replayed(donation(), training(DAY));

        assertThat(all()).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(before);
    }
}
