package org.allianceledger.query.zones;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.allianceledger.events.AllianceEvent;
import org.allianceledger.events.AllianceJoinedZone;
import org.allianceledger.events.Enterprise;
import org.allianceledger.events.MemberAdmitted;
import org.allianceledger.events.MemberWithdrew;
import org.allianceledger.query.departments.DepartmentQueries;
import org.allianceledger.query.members.MembersOnBench;
import org.allianceledger.query.projections.ProjectionBench;
import org.allianceledger.query.zones.ZoneQueries.ZoneEnterprise;
import org.allianceledger.query.zones.ZoneQueries.ZoneView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.allianceledger.query.QueryFixtures.FOUNDED_ON;
import static org.allianceledger.query.QueryFixtures.founded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zone view's distinct enterprises, against the real database, for random alliances sharing random members who
 * join, leave and come back, some alliances in the zone (from random days), some not: they equal the distinct ids
 * counted directly from the histories, now and as of any day.
 */
class ZoneCountProperties {

    static final ProjectionBench bench = ProjectionBench.on("zone_counts");
    static final List<Enterprise> POOL = new ArrayList<>();

    static {
        for (int i = 0; i < 8; i++) {
            POOL.add(new Enterprise("9137081200000000%02d".formatted(i), "企业" + i, "食品"));
        }
    }

    final ProjectionBench.Feed members = MembersOnBench.feed(bench);
    final ProjectionBench.Feed zones = bench.feed(new ZoneProjection(bench.jdbc(), bench.writer()));
    final ZoneQueries queries = new ZoneQueries(bench.jdbc(), new DepartmentQueries(bench.jdbc()));

    /** A membership period as the history made it: since, and the day it left (null while a member). */
    record Period(String alliance, String enterprise, LocalDate since, LocalDate left) {

        boolean currentOn(LocalDate day) {
            return day == null ? left == null : !since.isAfter(day) && (left == null || left.isAfter(day));
        }
    }

    @Property(tries = 25)
    void theZonesEnterprisesAreTheDistinctMembersOfItsAlliances(@ForAll long seed,
                                                                @ForAll @IntRange(min = -1, max = 240) int asOfDays) {
        Random random = new Random(seed);
        LocalDate asOf = asOfDays < 0 ? null : FOUNDED_ON.plusDays(asOfDays);
        String zone = "zone-" + UUID.randomUUID();
        zones.live(ZoneProjectionTest.founded(zone, "济北经济开发区"));

        List<Period> periods = new ArrayList<>();
        Map<String, LocalDate> joined = new HashMap<>();
        int alliances = 1 + random.nextInt(4);
        for (int a = 0; a < alliances; a++) {
            String alliance = "alliance-" + UUID.randomUUID();
            periods.addAll(history(alliance, random));
            if (random.nextInt(4) > 0) { // one in four stays out of the zone: its members must not count
                LocalDate on = FOUNDED_ON.plusDays(random.nextInt(200));
                zones.live(new AllianceJoinedZone(alliance, zone, on));
                joined.put(alliance, on);
            }
        }

        Map<String, TreeSet<String>> expected = new TreeMap<>();
        for (Period period : periods) {
            LocalDate joinedOn = joined.get(period.alliance());
            if (joinedOn != null && (asOf == null || !joinedOn.isAfter(asOf)) && period.currentOn(asOf)) {
                expected.computeIfAbsent(period.enterprise(), e -> new TreeSet<>()).add(period.alliance());
            }
        }

        ZoneView view = queries.zone(zone, asOf).orElseThrow();
        assertThat(view.enterpriseCount()).isEqualTo(expected.size());
        assertThat(view.enterprises().stream().map(ZoneEnterprise::id).toList()).containsExactlyElementsOf(expected.keySet());
        for (ZoneEnterprise enterprise : view.enterprises()) {
            assertThat(enterprise.alliances()).containsExactlyElementsOf(expected.get(enterprise.id()));
        }
        if (asOf == null) {
            assertThat(queries.zones()).filteredOn(z -> z.zoneId().equals(zone)).singleElement()
                    .satisfies(z -> {
                        assertThat(z.enterpriseCount()).isEqualTo(expected.size());
                        assertThat(z.allianceCount()).isEqualTo(joined.size());
                    });
        }
    }

    /** Founded by two of the pool, then on later days (one to thirty apart) a random enterprise joins or leaves. */
    private List<Period> history(String alliance, Random random) {
        List<Enterprise> shuffled = new ArrayList<>(POOL);
        java.util.Collections.shuffle(shuffled, random);
        Map<String, Period> current = new HashMap<>();
        List<Period> past = new ArrayList<>();
        List<AllianceEvent> events = new ArrayList<>();
        events.add(founded(alliance, shuffled.get(0), shuffled.get(1)));
        current.put(shuffled.get(0).id(), new Period(alliance, shuffled.get(0).id(), FOUNDED_ON, null));
        current.put(shuffled.get(1).id(), new Period(alliance, shuffled.get(1).id(), FOUNDED_ON, null));
        LocalDate day = FOUNDED_ON;
        int changes = random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            day = day.plusDays(1 + random.nextInt(30));
            Enterprise enterprise = POOL.get(random.nextInt(POOL.size()));
            Period period = current.remove(enterprise.id());
            if (period != null) {
                events.add(new MemberWithdrew(alliance, enterprise.id(), day, "迁出"));
                past.add(new Period(alliance, enterprise.id(), period.since(), day));
            } else {
                events.add(new MemberAdmitted(alliance, enterprise, day, "app-" + i));
                current.put(enterprise.id(), new Period(alliance, enterprise.id(), day, null));
            }
        }
        members.replayed(events.toArray(AllianceEvent[]::new)); // one batch: each statement costs a connection here
        past.addAll(current.values());
        return past;
    }
}
