package org.allianceledger.command.deals;

import java.util.HashMap;
import java.util.Map;

/** The deals capability's test data: a deal as the body of the API's request. */
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
}
