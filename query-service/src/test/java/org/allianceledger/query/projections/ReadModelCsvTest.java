package org.allianceledger.query.projections;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The COPY rows a replay writes are the CSV Commons CSV writes for PostgreSQL, value for value. */
class ReadModelCsvTest {

    @Test
    void writesWhatCommonsCsvWritesForPostgresql() throws IOException {
        List<Object[]> rows = List.of(
                new Object[]{"plain", "", null, "say \"hi\"", "a,b", "line\nbreak\r\nand\rreturn", "back\\slash", "\\N"},
                new Object[]{"😀 联盟", 42, 7L, new BigDecimal("1E+3"), new BigDecimal("0.000001"), true,
                             LocalDate.of(2026, 12, 1), OffsetDateTime.parse("2026-12-01T10:15:30+08:00")},
                new Object[]{Timestamp.from(Instant.parse("2026-11-01T12:00:00.123Z")), UUID.fromString(
                        "0f6c1f9e-8a55-4c11-9d3e-2b3c4d5e6f70"), "\"", "\"\"", ",", " ", "\t", null});
        StringBuilder expected = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(value instanceof Timestamp timestamp ? timestamp.toInstant()
                                  : value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
                }
                printer.println();
            }
        }
        assertThat(ReadModelWriter.csv(new ArrayList<>(rows))).isEqualTo(expected.toString());
    }
}
