package org.allianceledger.command.zones;

import org.allianceledger.command.Yanzhou;
import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.ZoneFounded;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The zones capability's test data: Jibei Economic Development Zone (济北经济开发区), as command, event and body. */
public final class ZoneFixtures {

    public static final String JIBEI = "jibei";
    public static final String YANZHOU = "yanzhou-district";
    public static final LocalDate FOUNDED_ON = LocalDate.of(2021, 3, 1);
    public static final LocalDate JOINED_ON = LocalDate.of(2023, 2, 1);

    private ZoneFixtures() {
    }

    public static FoundZone foundZone(String zoneId) {
        return new FoundZone(zoneId, "济北经济开发区", "济阳区, 济南市, 山东省", "济北经济开发区党工委", FOUNDED_ON);
    }

    public static ZoneFounded zoneFounded(String zoneId) {
        return foundZone(zoneId).toEvent();
    }

    /** Yanzhou's alliance joins the zone on that day; the zone was founded on {@link #FOUNDED_ON}. */
    public static JoinZone joinZone(String zoneId, LocalDate on) {
        return new JoinZone(Yanzhou.ALLIANCE, zoneId, on, FOUNDED_ON);
    }

    public static AllianceJoinedZone joinedZone(String zoneId, LocalDate on) {
        return new AllianceJoinedZone(Yanzhou.ALLIANCE, zoneId, on);
    }

    /** The founding body of the API; no id when null. */
    public static Map<String, Object> zoneBody(String zoneId, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "region", "济阳区, 济南市, 山东省",
                                                        "committee", "济北经济开发区党工委", "foundedOn", FOUNDED_ON.toString()));
        if (zoneId != null) {
            body.put("zoneId", zoneId);
        }
        return body;
    }
}
