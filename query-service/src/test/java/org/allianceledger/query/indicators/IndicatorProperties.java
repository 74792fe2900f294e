package org.allianceledger.query.indicators;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.allianceledger.events.Disclosure;
import org.allianceledger.events.RevenueReported;
import org.allianceledger.query.indicators.RevenueSheet.Enterprise;
import org.allianceledger.query.indicators.RevenueSheet.MemberFigures;
import org.allianceledger.query.indicators.RevenueSheet.Sheet;
import org.allianceledger.query.projections.ProjectionBench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicators against the real database for random enterprises, years and revisions (reported on random days, some
 * entered late), over two alliances with random overlaps and the zone of both: what a question picks and computes
 * equals a direct computation from the reports, and a viewer's answers never depend on a confidential figure.
 */
class IndicatorProperties {

    static final ProjectionBench bench = ProjectionBench.on("indicator_properties");
    static final int YEAR = 2022;

    final IndicatorsOnBench indicators = new IndicatorsOnBench(bench);

    /** A report as generated, with its place in its enterprise's stream. */
    record Report(RevenueReported event, long sequence) {
    }

    /** Random reports of {@code count} fresh enterprises for YEAR-1 and YEAR, some years unreported, some revised. */
    List<Report> reports(Random random, List<String> enterprises) {
        List<Report> reports = new ArrayList<>();
        for (String enterprise : enterprises) {
            for (int year = YEAR - 1; year <= YEAR; year++) {
                int revisions = random.nextInt(4); // 0: never reported
                for (int r = 0; r < revisions; r++) {
                    LocalDate on = LocalDate.of(year, 1, 1).plusDays(random.nextInt(900));
                    BigDecimal revenue = BigDecimal.valueOf(random.nextLong(3_000_000_000_000L), 2);
                    Disclosure disclosure = random.nextBoolean() ? Disclosure.PUBLIC : Disclosure.CONFIDENTIAL;
                    RevenueReported event = new RevenueReported(enterprise, year, revenue, on, disclosure, "年报", null);
                    reports.add(new Report(event, indicators.report(event)));
                }
            }
        }
        return reports;
    }

    static List<String> freshEnterprises(int count) {
        List<String> ids = new ArrayList<>();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        for (int i = 0; i < count; i++) {
            ids.add("9137" + run + "%06d".formatted(i));
        }
        return ids;
    }

    /** Directly: of the reports of that year dated on or before knownAt, the one dated last, of a day the last recorded. */
    static Map<String, Figure> direct(List<Report> reports, int year, LocalDate knownAt) {
        Map<String, Report> chosen = new HashMap<>();
        Comparator<Report> order = Comparator.comparing((Report r) -> r.event().reportedOn())
                .thenComparingLong(Report::sequence);
        for (Report report : reports) {
            RevenueReported event = report.event();
            if (event.year() != year || knownAt != null && event.reportedOn().isAfter(knownAt)) {
                continue;
            }
            chosen.merge(event.enterpriseId(), report, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        Map<String, Figure> figures = new HashMap<>();
        chosen.forEach((id, r) -> figures.put(id, new Figure(r.event().revenueCny(), r.event().reportedOn(),
                                                              r.event().disclosure())));
        return figures;
    }

    static LocalDate someDay(Random random) {
        return random.nextInt(5) == 0 ? null : LocalDate.of(YEAR - 1, 1, 1).plusDays(random.nextInt(1300));
    }

    @Property(tries = 30)
    void knownAtReturnsExactlyTheRevisionsReportedByThen(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> enterprises = freshEnterprises(1 + random.nextInt(6));
        List<Report> reports = reports(random, enterprises);
        for (int i = 0; i < 4; i++) {
            LocalDate knownAt = someDay(random);
            for (int year = YEAR - 1; year <= YEAR; year++) {
                assertThat(indicators.queries.figures(enterprises, year, knownAt))
                        .as("year %d known at %s", year, knownAt).isEqualTo(direct(reports, year, knownAt));
            }
        }
    }

    /** Two alliances over a shared pool (random overlap) and their zone, each enterprise of the zone counted once. */
    @Property(tries = 30)
    void growthAndTotalsEqualADirectComputation(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> pool = freshEnterprises(2 + random.nextInt(7));
        List<Report> reports = reports(random, pool);
        LocalDate knownAt = someDay(random);
        List<Enterprise> first = new ArrayList<>();
        List<Enterprise> second = new ArrayList<>();
        for (String id : pool) {
            int in = random.nextInt(4);
            if (in != 1) {
                first.add(new Enterprise(id, "企业"));
            }
            if (in >= 1) {
                second.add(new Enterprise(id, "企业"));
            }
        }
        Set<Enterprise> zone = new LinkedHashSet<>(first);
        zone.addAll(second);
        for (List<Enterprise> set : List.of(first, second, List.copyOf(zone))) {
            List<String> ids = set.stream().map(Enterprise::id).toList();
            Map<String, Figure> now = direct(reports, YEAR, knownAt);
            Map<String, Figure> before = direct(reports, YEAR - 1, knownAt);
            Sheet sheet = RevenueSheet.of(set, indicators.queries.figures(ids, YEAR, knownAt),
                                          indicators.queries.figures(ids, YEAR - 1, knownAt), true);
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal likeNow = BigDecimal.ZERO;
            BigDecimal likeBefore = BigDecimal.ZERO;
            int reporting = 0;
            int like = 0;
            List<String> billion = new ArrayList<>();
            for (MemberFigures member : sheet.members()) {
                Figure n = now.get(member.id());
                Figure b = before.get(member.id());
                assertThat(member.revenueCny()).isEqualTo(n == null ? null : n.revenueCny());
                assertThat(member.previousYearCny()).isEqualTo(b == null ? null : b.revenueCny());
                BigDecimal growth = n == null || b == null || b.revenueCny().signum() == 0 ? null
                        : n.revenueCny().divide(b.revenueCny(), 20, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                                .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
                assertThat(member.growthPercent()).as(member.id()).isEqualTo(growth);
                if (n != null) {
                    total = total.add(n.revenueCny());
                    reporting++;
                    if (n.revenueCny().compareTo(new BigDecimal("1000000000")) >= 0) {
                        billion.add(member.id());
                    }
                    if (b != null) {
                        likeNow = likeNow.add(n.revenueCny());
                        likeBefore = likeBefore.add(b.revenueCny());
                        like++;
                    }
                }
            }
            assertThat(sheet.members()).hasSize(set.size());
            assertThat(sheet.total().revenueCny()).isEqualByComparingTo(total);
            assertThat(sheet.total().reporting()).isEqualTo(reporting);
            assertThat(sheet.billionClub()).isEqualTo(billion);
            assertThat(sheet.likeForLike().members()).isEqualTo(like);
            assertThat(sheet.likeForLike().revenueCny()).isEqualByComparingTo(likeNow);
            assertThat(sheet.likeForLike().previousYearCny()).isEqualByComparingTo(likeBefore);
            BigDecimal likeGrowth = like == 0 || likeBefore.signum() == 0 ? null
                    : likeNow.divide(likeBefore, 20, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                            .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            assertThat(sheet.likeForLike().growthPercent()).isEqualTo(likeGrowth);
        }
    }

    /**
     * For random public and confidential figures over two overlapping alliances and their zone: the viewer's answers
     * are the same whatever the confidential figures are, and no number a viewer sees, nor the difference of any two
     * of them, equals a confidential figure (public figures are whole yuan, confidential ones end in .37, so only a
     * sum with a confidential figure in it could).
     */
    @Property(tries = 200)
    void noViewerVisibleNumberRevealsAConfidentialFigure(@ForAll long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(8);
        List<Enterprise> pool = new ArrayList<>();
        Map<String, Figure> now = new HashMap<>();
        Map<String, Figure> before = new HashMap<>();
        Map<String, Disclosure> nowDisclosure = new HashMap<>();
        Map<String, Disclosure> beforeDisclosure = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = "e" + i;
            pool.add(new Enterprise(id, "企业" + i));
            if (random.nextInt(5) > 0) {
                nowDisclosure.put(id, random.nextBoolean() ? Disclosure.PUBLIC : Disclosure.CONFIDENTIAL);
            }
            if (random.nextInt(5) > 0) {
                beforeDisclosure.put(id, random.nextBoolean() ? Disclosure.PUBLIC : Disclosure.CONFIDENTIAL);
            }
        }
        fill(random, nowDisclosure, now);
        fill(random, beforeDisclosure, before);
        List<List<Enterprise>> sets = overlapping(random, pool);

        List<Sheet> seen = sets.stream().map(set -> RevenueSheet.of(set, now, before, false)).toList();
        Map<String, Figure> otherNow = otherSecrets(random, now);
        Map<String, Figure> otherBefore = otherSecrets(random, before);
        List<Sheet> seenOtherwise = sets.stream().map(set -> RevenueSheet.of(set, otherNow, otherBefore, false)).toList();
        assertThat(seen).as("what a viewer sees does not depend on a confidential figure").isEqualTo(seenOtherwise);

        Set<BigDecimal> confidential = new java.util.HashSet<>();
        now.values().stream().filter(Figure::confidential).forEach(f -> confidential.add(f.revenueCny()));
        before.values().stream().filter(Figure::confidential).forEach(f -> confidential.add(f.revenueCny()));
        List<BigDecimal> visible = new ArrayList<>();
        for (Sheet sheet : seen) {
            for (MemberFigures m : sheet.members()) {
                visible.add(m.revenueCny());
                visible.add(m.previousYearCny());
            }
            visible.add(sheet.total().revenueCny());
            visible.add(sheet.likeForLike().revenueCny());
            visible.add(sheet.likeForLike().previousYearCny());
        }
        List<BigDecimal> numbers = visible.stream().filter(Objects::nonNull).map(BigDecimal::stripTrailingZeros).toList();
        Set<BigDecimal> secrets = new java.util.HashSet<>(confidential.stream().map(BigDecimal::stripTrailingZeros).toList());
        for (BigDecimal a : numbers) {
            assertThat(secrets).doesNotContain(a);
            for (BigDecimal b : numbers) {
                assertThat(secrets).doesNotContain(a.subtract(b).abs().stripTrailingZeros());
            }
        }
        for (Sheet sheet : seen) {
            for (MemberFigures m : sheet.members()) {
                if (m.confidential() || m.previousYearConfidential()) {
                    assertThat(m.growthPercent()).as("a growth would give one figure from the other").isNull();
                }
                if (m.confidential()) {
                    assertThat(sheet.billionClub()).doesNotContain(m.id());
                }
            }
        }
    }

    private static void fill(Random random, Map<String, Disclosure> disclosures, Map<String, Figure> figures) {
        disclosures.forEach((id, disclosure) -> {
            BigDecimal revenue = disclosure == Disclosure.PUBLIC
                    ? BigDecimal.valueOf(random.nextLong(2_000_000_000L)).setScale(2)
                    : BigDecimal.valueOf(random.nextLong(2_000_000_000L) * 100 + 37, 2);
            figures.put(id, new Figure(revenue, LocalDate.of(YEAR + 1, 1, 31), disclosure));
        });
    }

    /** The same figures, but every confidential one another. */
    private static Map<String, Figure> otherSecrets(Random random, Map<String, Figure> figures) {
        Map<String, Figure> other = new HashMap<>();
        figures.forEach((id, figure) -> other.put(id, !figure.confidential() ? figure : new Figure(
                BigDecimal.valueOf(random.nextLong(2_000_000_000L) * 100 + 37, 2), figure.reportedOn(),
                figure.disclosure())));
        return other;
    }

    private static List<List<Enterprise>> overlapping(Random random, List<Enterprise> pool) {
        List<Enterprise> first = new ArrayList<>();
        List<Enterprise> second = new ArrayList<>();
        for (Enterprise e : pool) {
            int in = random.nextInt(4);
            if (in != 1) {
                first.add(e);
            }
            if (in >= 1) {
                second.add(e);
            }
        }
        Set<Enterprise> zone = new LinkedHashSet<>(first);
        zone.addAll(second);
        return List.of(first, second, List.copyOf(zone));
    }
}
