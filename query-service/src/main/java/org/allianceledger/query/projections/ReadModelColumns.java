package org.allianceledger.query.projections;

import org.allianceledger.platform.web.Limits;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The read models' column types for bounded values, derived from the limits the command side checks at the door,
 * so that whatever it acknowledges fits: migrations name them as Flyway placeholders ({@code ${money}}).
 */
@Configuration(proxyBeanMethods = false)
class ReadModelColumns {

    static final Map<String, String> TYPES = Map.of(
            "money", numeric(Limits.MONEY_INTEGER_DIGITS, Limits.MONEY_SCALE),
            "quantity", numeric(Limits.QUANTITY_INTEGER_DIGITS, Limits.QUANTITY_SCALE),
            "unit", "varchar(" + Limits.UNIT_LENGTH + ")");

    @Bean
    FlywayConfigurationCustomizer readModelColumnTypes() {
        return configuration -> configuration.placeholders(TYPES);
    }

    private static String numeric(int integerDigits, int scale) {
        return "numeric(" + (integerDigits + scale) + ", " + scale + ")";
    }
}
