package org.allianceledger.command.deals;

import org.allianceledger.command.alliance.Alliance;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.HashMap;
import java.util.Map;

/** The deals capability's test data: a deal as the body of the API's request, and the alliance's fixture for deals. */
public final class DealFixtures {

    private DealFixtures() {
    }

    /** Ten tonnes a month, signed 2022-06-15; no deal id when null. */
    public static Map<String, Object> dealBody(String id, String from, String to, String subject) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "from", from, "to", to, "kind", "SUPPLY", "subject", subject,
                "quantity", Map.of("amount", 10, "unit", "t"), "recurrence", "MONTHLY", "signedOn", "2022-06-15"));
        if (id != null) {
            body.put("dealId", id);
        }
        return body;
    }

    /**
     * The alliance's given/when/then fixture, which also takes {@link RecordDeal}: the alliance's rules for it, as
     * RecordDealHandler applies them, without the desk's deal-id bookkeeping (tested over HTTP with its table).
     */
    public static FixtureConfiguration<Alliance> allianceRecordingDeals() {
        FixtureConfiguration<Alliance> fixture = new AggregateTestFixture<>(Alliance.class);
        fixture.registerAnnotatedCommandHandler(new Object() {
            @CommandHandler
            long handle(RecordDeal command) throws Exception {
                return fixture.getRepository().load(command.allianceId()).invoke(a -> a.recordDeal(command.toEvent()));
            }
        });
        return fixture;
    }
}
