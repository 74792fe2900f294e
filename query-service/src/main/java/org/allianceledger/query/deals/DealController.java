package org.allianceledger.query.deals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceledger.events.DealKind;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.query.alliances.KnownAlliances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
class DealController {

    private final JdbcClient jdbc;
    private final KnownAlliances alliances;

    DealController(JdbcClient jdbc, KnownAlliances alliances) {
        this.jdbc = jdbc;
        this.alliances = alliances;
    }

    record Party(String id, String name) {
    }

    record Quantity(BigDecimal amount, String unit) {
    }

    record Deal(String dealId, Party from, Party to, String kind, String subject, Quantity quantity, String recurrence,
                BigDecimal valueCny, LocalDate signedOn, String brokeredBy, Instant recordedAt) {
    }

    record Deals(String allianceId, int page, int size, long total, List<Deal> deals) {
    }

    private static final String NAME = """
            (SELECT m.name FROM member_view m WHERE m.alliance_id = d.alliance_id AND m.enterprise_id = d.%s
             ORDER BY m.member_since DESC LIMIT 1)""";

    @Operation(operationId = "listDeals", summary = "Deals, newest first (by signing date), paged; filtered by a member on either side and by kind")
    @GetMapping("/api/alliances/{allianceId}/deals")
    Deals deals(@PathVariable @Slug String allianceId,
                @Parameter(description = "only deals this member provided or received")
                @RequestParam(required = false) @EnterpriseCode String member,
                @RequestParam(required = false) DealKind kind,
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                @RequestParam(required = false) Long minVersion) {
        alliances.require(allianceId);
        String where = """
                WHERE d.alliance_id = :alliance
                  AND (CAST(:member AS varchar) IS NULL OR d.provider = :member OR d.receiver = :member)
                  AND (CAST(:kind AS varchar) IS NULL OR d.kind = :kind)""";
        long total = jdbc.sql("SELECT count(*) FROM deal_view d " + where)
                .param("alliance", allianceId).param("member", member).param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
        List<Deal> deals = jdbc.sql("SELECT d.*, " + NAME.formatted("provider") + " AS provider_name, "
                                    + NAME.formatted("receiver") + " AS receiver_name FROM deal_view d " + where
                                    + " ORDER BY d.signed_on DESC, d.seq DESC LIMIT :size OFFSET :offset")
                .param("alliance", allianceId).param("member", member).param("kind", kind == null ? null : kind.name())
                .param("size", size).param("offset", (long) page * size)
                .query(DealController::deal)
                .list();
        return new Deals(allianceId, page, size, total, deals);
    }

    /** 10.000000 as stored is 10 to a reader, and never 1E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Deal deal(ResultSet row, int index) throws SQLException {
        BigDecimal amount = row.getBigDecimal("quantity_amount");
        return new Deal(row.getString("deal_id"),
                        new Party(row.getString("provider"), row.getString("provider_name")),
                        new Party(row.getString("receiver"), row.getString("receiver_name")),
                        row.getString("kind"), row.getString("subject"),
                        amount == null ? null : new Quantity(plain(amount), row.getString("quantity_unit")),
                        row.getString("recurrence"),
                        row.getBigDecimal("value_cny") == null ? null : plain(row.getBigDecimal("value_cny")),
                        row.getObject("signed_on", LocalDate.class), row.getString("brokered_by"),
                        row.getTimestamp("recorded_at").toInstant());
    }
}
