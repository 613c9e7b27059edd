package org.emend.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Answers write {@code null} for a value that is not known (an article's English title, a
 * footnote's page) rather than leaving the field out, so the document says so: every field of
 * every schema may be null, but the ones every record has.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableFieldsFilter implements OASFilter {

    private static final Set<String> ALWAYS_PRESENT = Set.of("id", "version", "createdAt", "updatedAt", "items");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(NullableFieldsFilter::nullable);
    }

    private static void nullable(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        Map<String, Schema> nullable = new LinkedHashMap<>();
        properties.forEach((name, property) -> nullable.put(name, ALWAYS_PRESENT.contains(name) ? property : orNull(property)));
        schema.setProperties(nullable);
    }

    private static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            // A reference takes no siblings that change it: the choice is spelt out
            return OASFactory.createSchema().description(property.getDescription())
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        }
        if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}
