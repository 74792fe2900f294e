package org.allianceledger.command.idempotency;

import org.allianceledger.command.AllianceVersion;
import org.allianceledger.command.deals.RecordedDeal;
import org.allianceledger.command.membership.ApplicationStanding;
import org.allianceledger.command.membership.ApplicationStatus;
import org.allianceledger.platform.messaging.MessagingConfiguration;
import org.allianceledger.platform.testing.TestDatabase;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers kept for Idempotency-Key repeats before their classes were renamed read back as the renamed classes
 * (migration V103), so a repeat sent across the upgrade answers as the first time did.
 */
class KeptAnswersUpgradeTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(MessagingConfiguration.ledgerTypes())
            .build();

    @Test
    void answersKeptUnderTheOldClassNamesReadBackAsTheRenamedAnswers() {
        String url = TestDatabase.url("kept_answers_upgrade");
        DriverManagerDataSource database = new DriverManagerDataSource(url, TestDatabase.USER, "");
        FluentConfiguration flyway = Flyway.configure().dataSource(database).table("flyway_history_command")
                .locations("classpath:db/eventstore", "classpath:db/command");
        flyway.target("102").load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        keep(jdbc, "found", "org.allianceledger.command.alliance.Recorded",
             "{\"allianceId\":\"yanzhou-food-drug\",\"version\":1}");
        keep(jdbc, "deal", "org.allianceledger.command.deals.DealDesk$DealAnswer",
             "{\"allianceId\":\"yanzhou-food-drug\",\"dealId\":\"d-1\",\"version\":7}");
        keep(jdbc, "vote", "org.allianceledger.command.membership.ApplicationAnswer",
             "{\"allianceId\":\"yanzhou-food-drug\",\"applicationId\":\"app-1\",\"version\":9,\"status\":\"OPEN\","
             + "\"tally\":{\"inFavour\":3,\"against\":1,\"abstain\":0,\"eligible\":5},\"outcome\":null}");

        flyway.target("latest").load().migrate();

        assertThat(read(jdbc, "found")).isEqualTo(new AllianceVersion("yanzhou-food-drug", 1));
        assertThat(read(jdbc, "deal")).isEqualTo(new RecordedDeal("yanzhou-food-drug", "d-1", 7));
        assertThat(read(jdbc, "vote")).isEqualTo(new ApplicationStanding("yanzhou-food-drug", "app-1", 9,
                ApplicationStatus.OPEN, new ApplicationStanding.Votes(3, 1, 0, 5), null));
    }

    private static void keep(JdbcClient jdbc, String key, String type, String answer) {
        jdbc.sql("""
                INSERT INTO idempotency_key (caller, request, idempotency_key, fingerprint, answer_type, answer)
                VALUES ('operator', 'POST /api/alliances', ?, 'f', ?, ?)""")
                .params(key, type, answer.getBytes(StandardCharsets.UTF_8)).update();
    }

    private Object read(JdbcClient jdbc, String key) {
        return jdbc.sql("SELECT answer_type, answer FROM idempotency_key WHERE idempotency_key = ?").param(key)
                .query((row, n) -> serializer.deserialize(new SimpleSerializedObject<>(
                        row.getBytes("answer"), byte[].class, row.getString("answer_type"), null)))
                .single();
    }
}
