package org.allianceledger.command.membership;

import java.util.HashMap;
import java.util.Map;

/** The membership capability's test data: an application as the body of the API's request. */
public final class MembershipFixtures {

    private MembershipFixtures() {
    }

    /** An application filed on 2022-07-20 by the enterprise with that id; no application id when null. */
    public static Map<String, Object> applicationBody(String id, String enterprise) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "filedOn", "2022-07-20", "enterprise", Map.of("id", enterprise, "name", "櫻源有限公司", "industry", "预制菜")));
        if (id != null) {
            body.put("applicationId", id);
        }
        return body;
    }
}
