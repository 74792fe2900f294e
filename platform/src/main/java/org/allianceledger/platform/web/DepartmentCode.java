package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A partner department's id: the Unified Social Credit Code of a government organ, so with a correct check character
 * and the registration authority and kind "11" (机关). Null is left to @NotNull.
 */
@Documented
@Constraint(validatedBy = DepartmentCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DepartmentCode {

    String CODE = "INVALID_DEPARTMENT_ID";
    String ORGAN_PREFIX = "11";

    String message() default CODE + ": not the Unified Social Credit Code (GB 32100-2015) of a government organ (prefix 11)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DepartmentCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.startsWith(ORGAN_PREFIX) && UnifiedSocialCreditCode.isValid(value);
        }
    }
}
