package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A quantity: more than 0, at most 10^12, with at most six decimals. Null is left to @NotNull. */
@Documented
@ReportAsSingleViolation
@DecimalMin(value = "0", inclusive = false)
@DecimalMax(Limits.QUANTITY_MAX)
@Digits(integer = Limits.QUANTITY_INTEGER_DIGITS, fraction = Limits.QUANTITY_SCALE)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "must be more than 0 and at most " + Limits.QUANTITY_MAX + ", with at most 6 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
