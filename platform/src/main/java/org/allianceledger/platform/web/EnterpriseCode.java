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

/** An enterprise id: a Unified Social Credit Code with a correct check character. Null is left to @NotNull. */
@Documented
@Constraint(validatedBy = EnterpriseCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnterpriseCode {

    String CODE = "INVALID_ENTERPRISE_ID";

    String message() default CODE + ": not a valid Unified Social Credit Code (GB 32100-2015)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnterpriseCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || UnifiedSocialCreditCode.isValid(value);
        }
    }
}
