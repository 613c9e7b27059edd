package org.emend.crud;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.emend.failure.Failure;
import org.emend.failure.Failure.FieldError;
import org.emend.web.JsonInputExceptionMapper;
import org.emend.web.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON body of a full update (PUT) or a JSON merge patch (PATCH, RFC 7396) into a
 * validated input record. Fields of the representation that a client may not change (id,
 * timestamps, parent ids, OCR originals) may be sent back unchanged; a different value is
 * refused with 422, so a GET-edit-PUT round trip works and nothing read-only is ever touched.
 * The {@code version} field is a precondition, read by {@link ExpectedVersion}.
 */
@ApplicationScoped
public class JsonBodies {

    private static final String VERSION = "version";
    /** Looked up once: {@code Json.create…} looks the provider up on the class path at every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    private final ObjectMapper mapper;
    private final Validator validator;

    JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * Binds a full representation. {@code frozen} names input fields that are set on creation
     * only and read-only afterwards.
     */
    public <I> I replacement(JsonNode body, JsonNode current, Class<I> type, Set<String> frozen) {
        ObjectNode fields = requireObject(body).deepCopy();
        Set<String> readOnly = readOnlyFields(current, type, frozen);
        refuseChanges(fields, current, readOnly);
        readOnly.forEach(fields::remove);
        fields.remove(VERSION);
        return bind(fields, type);
    }

    /** Applies a merge patch to the current representation and binds the result. */
    public <I> I patched(JsonNode patch, JsonNode current, Class<I> type, Set<String> frozen) {
        ObjectNode changes = requireObject(patch);
        Set<String> readOnly = readOnlyFields(current, type, frozen);
        refuseChanges(changes, current, readOnly);
        ObjectNode merged = (ObjectNode) fromJsonP(JSON_P.createMergePatch(toJsonP(changes)).apply(toJsonP(current)));
        readOnly.forEach(merged::remove);
        merged.remove(VERSION);
        return bind(merged, type);
    }

    /** The representation as a JSON tree, the base a patch applies to. */
    public JsonNode tree(Object representation) {
        return mapper.valueToTree(representation);
    }

    private <I> I bind(ObjectNode fields, Class<I> type) {
        I input;
        try {
            input = mapper.treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(JsonInputExceptionMapper.toProblem(e));
        }
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    private static ObjectNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Failure.malformed("The request body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    private static Set<String> readOnlyFields(JsonNode current, Class<?> inputType, Set<String> frozen) {
        Set<String> inputFields = new HashSet<>();
        for (var component : inputType.getRecordComponents()) {
            inputFields.add(component.getName());
        }
        Set<String> readOnly = new HashSet<>(frozen);
        current.fieldNames().forEachRemaining(name -> {
            if (!inputFields.contains(name) && !name.equals(VERSION)) {
                readOnly.add(name);
            }
        });
        return readOnly;
    }

    private static void refuseChanges(ObjectNode changes, JsonNode current, Set<String> readOnly) {
        List<FieldError> errors = new ArrayList<>();
        Iterator<String> names = changes.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (readOnly.contains(name) && !changes.get(name).equals(current.path(name))) {
                errors.add(new FieldError(name, "is read-only"));
            }
        }
        if (!errors.isEmpty()) {
            throw Failure.invalid(errors);
        }
    }

    private JsonValue toJsonP(JsonNode node) {
        try (JsonReader reader = JSON_P.createReader(new StringReader(node.toString()))) {
            return reader.readValue();
        }
    }

    private JsonNode fromJsonP(JsonValue value) {
        try {
            return mapper.readTree(value.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-P wrote JSON that Jackson cannot read", e);
        }
    }
}
