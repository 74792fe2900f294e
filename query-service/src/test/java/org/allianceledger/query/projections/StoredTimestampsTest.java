package org.allianceledger.query.projections;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void readsEveryTextAsAxonsParserDoes() {
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                                                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
        for (String text : List.of("2026-11-01T00:00:00Z", "2026-11-01T12:00:00.000Z", "2026-11-01T12:00:00.5Z",
                                   "2026-11-01T12:00:00.123456789Z", "2024-02-29T23:59:59.999Z",
                                   "2026-11-01T12:00:00+08:00", "2026-11-01t12:00:00z", "2026-11-01T12:00:00.12+01:00",
                                   "2026-11-01T12:00:00.Z",
                                   "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z")) {
            assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void refusesWhatAxonsParserRefuses() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-01T24:00:00Z",
                                   "2026-11-01T12:60:00Z", "2026-11-01 12:00:00Z",
                                   "2026-11-01T12:00:00.1234567890Z", "2026-11-0xT12:00:00Z", "")) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).as(text).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
