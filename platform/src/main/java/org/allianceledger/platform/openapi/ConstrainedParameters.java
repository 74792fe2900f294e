package org.allianceledger.platform.openapi;

import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;

/**
 * Path and query parameters state the limits of their constraints, as request bodies do. A list parameter is
 * written comma-separated ({@code status=OPEN,APPROVED}), as API.md gives it: {@code explode: false}.
 */
class ConstrainedParameters implements ParameterCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter method) {
        if (parameter == null || parameter.getSchema() == null) {
            return parameter;
        }
        Constraints.apply(parameter.getSchema(), method.getParameterAnnotations());
        AnnotatedType type = method.getParameter().getAnnotatedType();
        Constraints.apply(parameter.getSchema(), type.getAnnotations());
        if ("array".equals(parameter.getSchema().getType())) {
            parameter.setStyle(Parameter.StyleEnum.FORM);
            parameter.setExplode(false);
            if (type instanceof AnnotatedParameterizedType generic && generic.getAnnotatedActualTypeArguments().length == 1) {
                Constraints.apply(parameter.getSchema().getItems(), generic.getAnnotatedActualTypeArguments()[0].getAnnotations());
            }
        }
        return parameter;
    }
}
