package org.allianceledger.query.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A year's revenue over a set of distinct enterprises: each one's figure, the previous year's and its growth; the
 * total; the growth like for like (over those that reported both years); the billion club.
 * <p>
 * Disclosure: when the caller may not read confidential figures, no number shown depends on one. A confidential
 * figure is null, and so is every growth, total or like-for-like figure it contributes to (marked suppressed), and a
 * confidential member is left out of the billion club. This is stricter than suppressing a total only when exactly
 * one contributor is confidential: with two, the total of another alliance, of the zone, of another asOf day or of a
 * knownAt day before a revision holds a different set, and one total minus the other would be the confidential one.
 */
final class RevenueSheet {

    static final BigDecimal BILLION = new BigDecimal("1000000000");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    record Enterprise(String id, String name) {
    }

    /** A figure null here is unreported, confidential to this reader, or (growth) derived from such a figure. */
    record MemberFigures(String id, String name, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal revenueCny,
                         LocalDate reportedOn, boolean confidential,
                         @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal previousYearCny,
                         boolean previousYearConfidential,
                         @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal growthPercent) {
    }

    /** The sum of every figure of the year; {@code reporting} counts them. */
    record Total(@JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal revenueCny, int reporting, boolean suppressed) {
    }

    /** Over the {@code members} that reported both years. */
    record LikeForLike(int members, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal revenueCny,
                       @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal previousYearCny,
                       @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal growthPercent, boolean suppressed) {
    }

    record Sheet(List<MemberFigures> members, Total total, LikeForLike likeForLike, List<String> billionClub) {
    }

    private RevenueSheet() {
    }

    /**
     * @param enterprises distinct, in the order to show them
     * @param disclosed   whether the caller may read confidential figures (AUDITOR, ADMIN)
     */
    static Sheet of(List<Enterprise> enterprises, Map<String, Figure> year, Map<String, Figure> previousYear,
                    boolean disclosed) {
        List<MemberFigures> members = new ArrayList<>();
        List<String> billionClub = new ArrayList<>();
        BigDecimal total = zero();
        int reporting = 0;
        boolean totalHidden = false;
        BigDecimal likeNow = zero();
        BigDecimal likeBefore = zero();
        int like = 0;
        boolean likeHidden = false;
        for (Enterprise enterprise : enterprises) {
            Figure now = year.get(enterprise.id());
            Figure before = previousYear.get(enterprise.id());
            boolean nowHidden = now != null && now.confidential() && !disclosed;
            boolean beforeHidden = before != null && before.confidential() && !disclosed;
            BigDecimal growth = now == null || before == null || nowHidden || beforeHidden
                    ? null : growth(now.revenueCny(), before.revenueCny());
            members.add(new MemberFigures(enterprise.id(), enterprise.name(),
                                          now == null || nowHidden ? null : now.revenueCny(),
                                          now == null ? null : now.reportedOn(), now != null && now.confidential(),
                                          before == null || beforeHidden ? null : before.revenueCny(),
                                          before != null && before.confidential(), growth));
            if (now == null) {
                continue;
            }
            total = total.add(now.revenueCny());
            reporting++;
            totalHidden |= nowHidden;
            if (!nowHidden && now.revenueCny().compareTo(BILLION) >= 0) {
                billionClub.add(enterprise.id());
            }
            if (before != null) {
                likeNow = likeNow.add(now.revenueCny());
                likeBefore = likeBefore.add(before.revenueCny());
                like++;
                likeHidden |= nowHidden || beforeHidden;
            }
        }
        Total shownTotal = totalHidden ? new Total(null, reporting, true) : new Total(total, reporting, false);
        LikeForLike likeForLike = likeHidden ? new LikeForLike(like, null, null, null, true)
                : new LikeForLike(like, likeNow, likeBefore, like == 0 ? null : growth(likeNow, likeBefore), false);
        return new Sheet(members, shownTotal, likeForLike, billionClub);
    }

    /** In percent, rounded half up to two decimals; none from a year of no revenue. */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
