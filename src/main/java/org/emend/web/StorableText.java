package org.emend.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Text PostgreSQL cannot store, refused where it comes in rather than failing in the database:
 * a NUL character, or half of a surrogate pair (which would be stored as "?"), in a JSON string
 * (here) or a query parameter ({@link StorableQueryText}).
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    /** A JSON string that cannot be stored; the field is named by the path Jackson adds. */
    public static final class UnstorableTextException extends JsonMappingException {

        UnstorableTextException(JsonParser parser, String problem) {
            super(parser, problem);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                String problem = problem(text);
                if (problem != null) {
                    throw new UnstorableTextException(parser, problem);
                }
                return text;
            }
        }));
    }

    /** What is wrong with the text, or {@code null} when it can be stored. */
    static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return "must not contain half of a surrogate pair (an unpaired \\u" + Integer.toHexString(c) + ")";
            }
        }
        return null;
    }
}
