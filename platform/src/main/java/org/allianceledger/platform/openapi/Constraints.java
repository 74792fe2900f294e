package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.allianceledger.platform.domain.UnifiedSocialCreditCode;
import org.allianceledger.platform.web.BusinessDate;
import org.allianceledger.platform.web.DepartmentCode;
import org.allianceledger.platform.web.EnterpriseCode;
import org.allianceledger.platform.web.Limits;
import org.allianceledger.platform.web.SchedulingDate;
import org.allianceledger.platform.web.Text;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

/**
 * Publishes what the Bean Validation constraints on a field or parameter accept, so the documents state the
 * limits the server checks (API.md, "Limits"): the project's own constraints, and the standard ones, also where
 * they are meta-annotations of a composed constraint ({@code @Money}, {@code @Slug}).
 */
final class Constraints {

    static final String ENTERPRISE_CODE_PATTERN = "^[" + UnifiedSocialCreditCode.ALPHABET + "]{18}$";
    static final String DEPARTMENT_CODE_PATTERN = "^" + DepartmentCode.ORGAN_PREFIX + "[" + UnifiedSocialCreditCode.ALPHABET + "]{16}$";

    private Constraints() {
    }

    static void apply(Schema<?> schema, Annotation... annotations) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        for (Annotation annotation : annotations) {
            own(schema, annotation);
            standard(schema, annotation);
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                for (Annotation meta : annotation.annotationType().getAnnotations()) {
                    standard(schema, meta);
                }
            }
        }
    }

    private static void own(Schema<?> schema, Annotation annotation) {
        if (annotation instanceof Text text) {
            schema.setMinLength(1);
            schema.setMaxLength(text.max());
            schema.setPattern(text.lines() ? Limits.TEXT_PATTERN : Limits.LINE_PATTERN);
            describe(schema, text.lines() ? "Not blank; no control characters but tab and line breaks (LF, CR LF)"
                    : "Not blank; no control characters");
        } else if (annotation instanceof EnterpriseCode) {
            schema.setPattern(ENTERPRISE_CODE_PATTERN);
            describe(schema, "A Unified Social Credit Code (GB 32100-2015) with a correct check character");
        } else if (annotation instanceof DepartmentCode) {
            schema.setPattern(DEPARTMENT_CODE_PATTERN);
            describe(schema, "A government organ's Unified Social Credit Code (GB 32100-2015, prefix 11) with a "
                             + "correct check character");
        } else if (annotation instanceof BusinessDate) {
            describe(schema, "A business date from " + Limits.EARLIEST_DATE + " to today (Asia/Shanghai); "
                             + "today when omitted");
        } else if (annotation instanceof SchedulingDate) {
            describe(schema, "A scheduling date from " + Limits.EARLIEST_DATE + " to one year after today "
                             + "(Asia/Shanghai)");
        }
    }

    private static void standard(Schema<?> schema, Annotation annotation) {
        if (annotation instanceof Pattern pattern) {
            // Bean Validation matches the whole value; a JSON Schema pattern matches anywhere unless anchored
            schema.setPattern("^(?:" + pattern.regexp() + ")$");
        } else if (annotation instanceof DecimalMin min) {
            schema.setMinimum(new BigDecimal(min.value()));
            schema.setExclusiveMinimum(min.inclusive() ? null : true);
        } else if (annotation instanceof DecimalMax max) {
            schema.setMaximum(new BigDecimal(max.value()));
            schema.setExclusiveMaximum(max.inclusive() ? null : true);
        } else if (annotation instanceof Min min) {
            schema.setMinimum(BigDecimal.valueOf(min.value()));
        } else if (annotation instanceof Max max) {
            schema.setMaximum(BigDecimal.valueOf(max.value()));
        } else if (annotation instanceof Digits digits) {
            schema.setMultipleOf(BigDecimal.ONE.movePointLeft(digits.fraction()));
        } else if (annotation instanceof Size size) {
            if ("array".equals(schema.getType())) {
                schema.setMinItems(size.min());
                schema.setMaxItems(size.max() == Integer.MAX_VALUE ? null : size.max());
            } else {
                schema.setMinLength(size.min() == 0 ? null : size.min());
                schema.setMaxLength(size.max() == Integer.MAX_VALUE ? null : size.max());
            }
        }
    }

    private static void describe(Schema<?> schema, String description) {
        if (schema.getDescription() == null) {
            schema.setDescription(description);
        }
    }
}
