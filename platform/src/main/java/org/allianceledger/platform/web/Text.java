package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name, subject or free text as API.md's limits allow it: at most {@link #max()} characters (code points),
 * not blank, no control characters, and in free texts ({@link #lines()}) tabs and line breaks (LF or CR LF).
 * Unpaired surrogates are refused too: they cannot be stored as UTF-8. Null is left to @NotNull.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    int max();

    boolean lines() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Text, String> {

        private int max;
        private boolean lines;

        @Override
        public void initialize(Text text) {
            this.max = text.max();
            this.lines = text.lines();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            }
            return problem == null;
        }

        private String problem(String value) {
            if (value.isBlank()) {
                return "must not be blank";
            }
            int length = 0;
            for (int i = 0; i < value.length(); i++, length++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "must not contain an unpaired surrogate (at " + i + ")";
                } else if (!allowed(value, i)) {
                    return "must not contain control character U+%04X (at %d)".formatted((int) c, i);
                }
            }
            return length > max ? "must be at most " + max + " characters long" : null;
        }

        private boolean allowed(String value, int i) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != 0x7F) {
                return true;
            }
            return lines && (c == '\t' || c == '\n' || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n');
        }
    }
}
