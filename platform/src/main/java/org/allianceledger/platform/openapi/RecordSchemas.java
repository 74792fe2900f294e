package org.allianceledger.platform.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Completes the schema of each of the API's records from its components: the limits their constraints set
 * (also on list items: {@code List<@Text(max = 200) String>}), {@code nullable} where a null is written
 * ({@code @JsonInclude(ALWAYS)}), and {@code required} where a value is always written (a primitive). Refuses two
 * different records under one schema name, which would otherwise silently describe only one of them.
 */
class RecordSchemas implements ModelConverter {

    private static final String OURS = "org.allianceledger.";

    private final Map<ModelConverterContext, Map<String, Named>> names = Collections.synchronizedMap(new WeakHashMap<>());

    private record Named(Class<?> type, Schema<?> schema) {
    }

    @Override
    public Schema resolve(AnnotatedType annotated, ModelConverterContext context, java.util.Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(annotated, context, chain);
        Class<?> type = rawClass(annotated.getType());
        if (schema != null && type != null && type.isRecord() && type.getName().startsWith(OURS)) {
            Schema<?> model = schema.get$ref() == null ? schema
                    : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            if (model != null && model.getProperties() != null) {
                complete(type, model);
                unique(context, type, model);
            }
        }
        return schema;
    }

    private static void complete(Class<?> type, Schema<?> model) {
        List<String> required = model.getRequired() == null ? new ArrayList<>() : new ArrayList<>(model.getRequired());
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = field(type, component);
            String name = jsonName(component, field);
            Schema<?> property = model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            Constraints.apply(property, field.getAnnotations());
            Constraints.apply(property, component.getAnnotatedType().getAnnotations());
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType generic
                && property.getItems() != null && generic.getAnnotatedActualTypeArguments().length == 1) {
                Constraints.apply(property.getItems(), generic.getAnnotatedActualTypeArguments()[0].getAnnotations());
            }
            JsonInclude include = field.getAnnotation(JsonInclude.class);
            if (include != null && include.value() == JsonInclude.Include.ALWAYS) {
                model.getProperties().put(name, nullable(property));
            }
            if (component.getType().isPrimitive() && !required.contains(name)) {
                required.add(name);
            }
        }
        Collections.sort(required);
        model.setRequired(required.isEmpty() ? null : required);
    }

    /** In OpenAPI 3.0 a $ref takes no siblings: a nullable reference is an allOf of one. */
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() == null) {
            return property.nullable(true);
        }
        return new ComposedSchema().addAllOfItem(property).nullable(true);
    }

    private void unique(ModelConverterContext context, Class<?> type, Schema<?> model) {
        String name = model.getName();
        if (name == null) {
            return;
        }
        Named first = names.computeIfAbsent(context, c -> new HashMap<>()).putIfAbsent(name, new Named(type, model));
        if (first != null && first.type() != type && !first.schema().equals(model)) {
            throw new IllegalStateException("Two API records are both published as schema " + name + ": "
                                            + first.type().getName() + " and " + type.getName()
                                            + "; give one of them @Schema(name = ...)");
        }
    }

    private static Field field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record without its component's field: " + type.getName(), e);
        }
    }

    private static String jsonName(RecordComponent component, Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return type instanceof Class<?> c ? c : null;
    }
}
