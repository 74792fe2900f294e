package org.allianceledger.query.deals;

import org.allianceledger.events.DealKind;
import org.allianceledger.query.members.MemberQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An alliance's deals, newest first by signing date, each party by its latest name. */
@Repository
class DealQueries {

    private static final String WHERE = """
            WHERE d.alliance_id = :alliance
              AND (CAST(:member AS varchar) IS NULL OR d.provider = :member OR d.receiver = :member)
              AND (CAST(:kind AS varchar) IS NULL OR d.kind = :kind)""";

    private final JdbcClient jdbc;

    DealQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Page {@code page} of {@code size} deals; {@code member} and {@code kind}, when given, narrow them. */
    Deals deals(String allianceId, String member, DealKind kind, int page, int size) {
        String kindName = kind == null ? null : kind.name();
        long total = jdbc.sql("SELECT count(*) FROM deal_view d " + WHERE)
                .param("alliance", allianceId).param("member", member).param("kind", kindName)
                .query(Long.class).single();
        List<Deal> deals = jdbc.sql("SELECT d.*, " + MemberQueries.latestName("d.alliance_id", "d.provider")
                                    + " AS provider_name, " + MemberQueries.latestName("d.alliance_id", "d.receiver")
                                    + " AS receiver_name FROM deal_view d " + WHERE
                                    + " ORDER BY d.signed_on DESC, d.seq DESC LIMIT :size OFFSET :offset")
                .param("alliance", allianceId).param("member", member).param("kind", kindName)
                .param("size", size).param("offset", (long) page * size)
                .query(DealQueries::deal)
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
