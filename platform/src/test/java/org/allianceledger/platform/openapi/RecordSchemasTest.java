package org.allianceledger.platform.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.allianceledger.platform.web.Amount;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.Money;
import org.allianceledger.platform.web.Slug;
import org.allianceledger.platform.web.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that complete a record's schema from its components, on swagger-core's own model resolution. */
class RecordSchemasTest {

    record Request(@Slug String id, @NotNull @Text(max = 200) String name, @Text(max = 4000, lines = true) String note,
                   List<@Text(max = 10) String> tags, @Money BigDecimal value, @Amount BigDecimal amount) {
    }

    record Answer(@JsonProperty("for") int inFavour, String optional, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {
    }

    static final class One {
        record Vote(String voter) {
        }

        record Tally(int votes) {
        }
    }

    static final class Two {
        record Vote(String voter, String decision) {
        }

        record Tally(int votes) {
        }
    }

    record Colliding(One.Vote a, Two.Vote b) {
    }

    record SameShape(One.Tally a, Two.Tally b) {
    }

    private static Map<String, Schema> resolve(Class<?> type) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new RecordSchemas());
        return converters.readAll(type);
    }

    @Test
    void constraintsAndTheirMetaAnnotationsBecomeLimits() {
        Map<String, Schema> properties = resolve(Request.class).get("Request").getProperties();
        assertThat(properties.get("id").getPattern()).isEqualTo("^(?:" + Slug.PATTERN + ")$");
        assertThat(properties.get("name").getMaxLength()).isEqualTo(200);
        assertThat(properties.get("name").getMinLength()).isEqualTo(1);
        assertThat(properties.get("name").getPattern()).isEqualTo(Limits.LINE_PATTERN);
        assertThat(properties.get("note").getPattern()).isEqualTo(Limits.TEXT_PATTERN);
        assertThat(properties.get("tags").getItems().getMaxLength()).as("a list item's own constraint").isEqualTo(10);
        Schema<?> value = properties.get("value");
        assertThat(value.getMinimum()).isEqualByComparingTo("0");
        assertThat(value.getMaximum()).isEqualByComparingTo(Limits.MONEY_MAX);
        assertThat(value.getExclusiveMinimum()).isNull();
        assertThat(value.getMultipleOf()).isEqualByComparingTo("0.01");
        Schema<?> amount = properties.get("amount");
        assertThat(amount.getExclusiveMinimum()).isTrue();
        assertThat(amount.getMultipleOf()).isEqualByComparingTo(new BigDecimal("0.000001"));
    }

    @Test
    void whatIsAlwaysWrittenIsRequiredAndANullWrittenIsNullable() {
        Schema<?> answer = resolve(Answer.class).get("Answer");
        assertThat(answer.getRequired()).containsExactly("for");
        assertThat(answer.getProperties().get("next").getNullable()).isTrue();
        assertThat(answer.getProperties().get("optional").getNullable()).isNull();
    }

    @Test
    void twoDifferentRecordsUnderOneNameAreRefusedAndTwoOfOneShapeAreNot() {
        assertThatThrownBy(() -> resolve(Colliding.class))
                .hasStackTraceContaining("both published as schema Vote");
        assertThat(resolve(SameShape.class)).containsKey("Tally");
    }
}
