package org.allianceledger.query.alliances;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.allianceledger.platform.web.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/alliances")
class AllianceController {

    private static final String SELECT = """
            SELECT a.*, COALESCE(v.version, 0) AS version,
                   (SELECT count(*) FROM member_view m WHERE m.alliance_id = a.alliance_id AND m.left_on IS NULL) AS member_count,
                   (SELECT count(*) FROM application_view p WHERE p.alliance_id = a.alliance_id AND p.status = 'OPEN') AS open_applications,
                   (SELECT count(*) FROM deal_view d WHERE d.alliance_id = a.alliance_id) AS deals
            FROM alliance_view a LEFT JOIN alliance_version v ON v.alliance_id = a.alliance_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final KnownAlliances known;

    AllianceController(JdbcClient jdbc, JsonMapper json, KnownAlliances known) {
        this.jdbc = jdbc;
        this.json = json;
        this.known = known;
    }

    record Charter(String votingRule, BigDecimal quorum, int chairTermMonths, int voteWindowDays) {
    }

    record AllianceView(String allianceId, String name, String industryChain, String region, LocalDate foundedOn,
                        List<String> leadingBodies, Charter charter, long memberCount, long dealCount,
                        long openApplications, String chair, LocalDate chairSince, LocalDate termEnds, long version) {
    }

    record Alliances(List<AllianceView> alliances) {
    }

    @Operation(operationId = "listAlliances", summary = "Every alliance with its member count, chair and deal count")
    @GetMapping
    Alliances all() {
        return new Alliances(jdbc.sql(SELECT + " ORDER BY a.founded_on, a.alliance_id").query(this::view).list());
    }

    @Operation(operationId = "getAlliance", summary = "One alliance: its charter, counts, chair and term end, and version")
    @GetMapping("/{allianceId}")
    AllianceView one(@PathVariable @Slug String allianceId,
                     @Parameter(description = "wait until the read models applied this version (up to 5 s)")
                     @RequestParam(required = false) Long minVersion) {
        return jdbc.sql(SELECT + " WHERE a.alliance_id = ?").param(allianceId).query(this::view).optional()
                .orElseThrow(() -> known.notFound(allianceId));
    }

    private AllianceView view(ResultSet row, int index) throws SQLException {
        Charter charter = new Charter(row.getString("voting_rule"), row.getBigDecimal("quorum").stripTrailingZeros(),
                                      row.getInt("chair_term_months"), row.getInt("vote_window_days"));
        LocalDate chairSince = row.getObject("chair_since", LocalDate.class);
        return new AllianceView(row.getString("alliance_id"), row.getString("name"), row.getString("industry_chain"),
                                row.getString("region"), row.getObject("founded_on", LocalDate.class),
                                List.of(json.readValue(row.getString("leading_bodies"), String[].class)), charter,
                                row.getLong("member_count"), row.getLong("deals"), row.getLong("open_applications"),
                                row.getString("chair"), chairSince, org.allianceledger.events.Charter.termEnds(chairSince, charter.chairTermMonths()),
                                row.getLong("version"));
    }
}
