package org.emend.crud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.emend.failure.Failure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The sort order of a list and how to continue it: keyset pagination. A cursor holds the sort
 * key of the last record returned, so records inserted or deleted meanwhile never make a
 * later page skip or repeat one. The keys together must be unique.
 */
public final class Keyset<E> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** How a sort key's value is written in a cursor. */
    public enum KeyType {
        UUID,
        INTEGER,
        TEXT
    }

    /** One sort key: its HQL path, its type, and how to read it from a record. */
    public record Key<E>(String path, KeyType type, Function<E, Object> value) {
    }

    private final List<Key<E>> keys;
    private final boolean descending;

    private Keyset(List<Key<E>> keys, boolean descending) {
        this.keys = keys;
        this.descending = descending;
    }

    @SafeVarargs
    public static <E> Keyset<E> of(Key<E>... keys) {
        return new Keyset<>(List.of(keys), false);
    }

    /** Newest first, for lists of what happened. */
    @SafeVarargs
    public static <E> Keyset<E> descending(Key<E>... keys) {
        return new Keyset<>(List.of(keys), true);
    }

    public static <E> Key<E> uuid(String path, Function<E, UUID> value) {
        return new Key<>(path, KeyType.UUID, value::apply);
    }

    public static <E> Key<E> integer(String path, Function<E, Integer> value) {
        return new Key<>(path, KeyType.INTEGER, value::apply);
    }

    public static <E> Key<E> text(String path, Function<E, String> value) {
        return new Key<>(path, KeyType.TEXT, value::apply);
    }

    String orderBy() {
        return keys.stream().map(key -> "e." + key.path() + (descending ? " desc" : "")).collect(Collectors.joining(", "));
    }

    /**
     * The HQL condition "sorts after the cursor", adding its parameters to {@code parameters}:
     * {@code k1 > :c0 or (k1 = :c0 and k2 > :c1)} (with {@code <} when descending).
     */
    String after(String cursor, Map<String, Object> parameters) {
        List<Object> values = decode(cursor);
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add("e." + keys.get(j).path() + " = :c" + j);
            }
            terms.add("e." + keys.get(i).path() + (descending ? " < :c" : " > :c") + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
            parameters.put("c" + i, values.get(i));
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    String cursorOf(E last) {
        ArrayNode values = JSON.createArrayNode();
        for (Key<E> key : keys) {
            Object value = key.value().apply(last);
            switch (key.type()) {
                case INTEGER -> values.add((Integer) value);
                default -> values.add(String.valueOf(value));
            }
        }
        return ENCODER.encodeToString(values.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Object> decode(String cursor) {
        try {
            JsonNode values = JSON.readTree(DECODER.decode(cursor));
            if (values == null || !values.isArray() || values.size() != keys.size()) {
                throw invalidCursor();
            }
            List<Object> decoded = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                decoded.add(read(keys.get(i).type(), values.get(i)));
            }
            return decoded;
        } catch (IllegalArgumentException | IOException e) {
            throw invalidCursor();
        }
    }

    private static Object read(KeyType type, JsonNode value) {
        return switch (type) {
            case UUID -> {
                if (!value.isTextual()) {
                    throw invalidCursor();
                }
                yield UUID.fromString(value.textValue());
            }
            case INTEGER -> {
                if (!value.isInt()) {
                    throw invalidCursor();
                }
                yield value.intValue();
            }
            case TEXT -> {
                if (!value.isTextual()) {
                    throw invalidCursor();
                }
                yield value.textValue();
            }
        };
    }

    private static Failure invalidCursor() {
        return Failure.malformed("The cursor in `after` is not one this list gave out");
    }
}
