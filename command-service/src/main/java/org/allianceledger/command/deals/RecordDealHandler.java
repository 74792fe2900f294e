package org.allianceledger.command.deals;

import org.allianceledger.command.alliance.Alliance;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Handles RecordDeal outside the alliance aggregate, on the alliance it loads. Deal ids are remembered in the
 * {@code recorded_deal} table, written in the transaction that appends the event, instead of in the alliance: a
 * hundred thousand deals then cost nothing to load.
 */
@Component
class RecordDealHandler {

    private final Repository<Alliance> alliances;
    private final JdbcClient jdbc;

    RecordDealHandler(@Qualifier("allianceRepository") Repository<Alliance> alliances, JdbcClient jdbc) {
        this.alliances = alliances;
        this.jdbc = jdbc;
    }

    private record Earlier(String fingerprint, long version) {
    }

    @CommandHandler
    RecordedDeal handle(RecordDeal command) throws Exception {
        Aggregate<Alliance> alliance = alliances.load(command.allianceId()); // holds the alliance's lock from here
        String fingerprint = fingerprint(command);
        Optional<Earlier> earlier = jdbc.sql("SELECT fingerprint, version FROM recorded_deal WHERE alliance_id = ? AND deal_id = ?")
                .params(command.allianceId(), command.dealId())
                .query((row, i) -> new Earlier(row.getString(1), row.getLong(2)))
                .optional();
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new Refused(RefusalCode.ID_ALREADY_USED, "Deal " + command.dealId() + " was recorded with another body");
            }
            return new RecordedDeal(command.allianceId(), command.dealId(), earlier.get().version());
        }
        long version = alliance.invoke(a -> a.recordDeal(command.toEvent()));
        int inserted = jdbc.sql("""
                INSERT INTO recorded_deal (alliance_id, deal_id, fingerprint, version) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(command.allianceId(), command.dealId(), fingerprint, version)
                .update();
        if (inserted == 0) {
            // another instance recorded this id in the meantime: roll back, and the retry answers as for a repeat
            throw new ConcurrencyException("Deal " + command.dealId() + " was recorded concurrently");
        }
        return new RecordedDeal(command.allianceId(), command.dealId(), version);
    }

    /** What makes a repeat "the same body": every field of the deal, normalised. */
    static String fingerprint(RecordDeal command) {
        String canonical = String.join("\u0000", command.from(), command.to(), command.kind().name(), command.subject(),
                String.valueOf(command.quantity() == null ? null
                        : command.quantity().amount().stripTrailingZeros().toPlainString() + " " + command.quantity().unit()),
                String.valueOf(command.recurrence()),
                String.valueOf(command.valueCny() == null ? null : command.valueCny().stripTrailingZeros().toPlainString()),
                command.signedOn().toString(), String.valueOf(command.brokeredBy()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                                                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
