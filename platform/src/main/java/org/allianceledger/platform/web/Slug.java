package org.allianceledger.platform.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A client-chosen id of an alliance, application or deal: a slug or a UUID. Null is left to @NotNull. Not {@code .}
 * or {@code ..}: a path holding one as a segment is refused (the firewall), so nothing recorded under it could be read.
 */
@Documented
@Pattern(regexp = Slug.PATTERN)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    String PATTERN = "(?!\\.\\.?$)[A-Za-z0-9._-]{1,64}";

    String message() default "must be 1 to 64 of A-Z a-z 0-9 . _ -, and not . or ..";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
