package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.allianceledger.platform.domain.BusinessCalendar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A scheduling date (a planned meeting): like a {@link BusinessDate}, but up to {@link Limits#SCHEDULING_YEARS_AHEAD}
 * year ahead of today in China Standard Time, the one kind of date that may lie in the future. Null is left to @NotNull.
 */
@Documented
@Constraint(validatedBy = SchedulingDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SchedulingDate {

    String message() default "must be a date from " + Limits.EARLIEST_DATE + " to one year after today (Asia/Shanghai)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SchedulingDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(Limits.EARLIEST) && !value.isAfter(latest());
        }

        /** The last day one may plan for now. */
        public static LocalDate latest() {
            return BusinessCalendar.today().plusYears(Limits.SCHEDULING_YEARS_AHEAD);
        }
    }
}
