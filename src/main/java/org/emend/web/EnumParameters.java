package org.emend.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values as the API writes them: lower-case names ({@code raw}, {@code published}). */
public final class EnumParameters {

    private EnumParameters() {
    }

    /** Parses a name in any case; JAX-RS calls an enum's {@code fromString} for query parameters. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
