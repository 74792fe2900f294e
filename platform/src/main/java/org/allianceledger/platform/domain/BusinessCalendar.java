package org.allianceledger.platform.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are calendar dates in China Standard Time, whatever the server's own zone. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.system(ZONE);

    private BusinessCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static LocalDate orToday(LocalDate date) {
        return date == null ? today() : date;
    }
}
