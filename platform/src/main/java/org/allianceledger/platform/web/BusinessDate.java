package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import org.allianceledger.platform.domain.BusinessCalendar;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A business date: from {@link Limits#EARLIEST_DATE} to today in China Standard Time. The floor keeps every
 * date within what the deadline store and the read models hold. Null (meaning today) is left to @NotNull.
 */
@Documented
@Constraint(validatedBy = BusinessDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BusinessDate {

    String message() default "must be a date from " + Limits.EARLIEST_DATE + " to today (Asia/Shanghai)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BusinessDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(Limits.EARLIEST) && !value.isAfter(BusinessCalendar.today());
        }
    }
}
