package org.emend.crud;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a list query, built from optional filters: a condition whose value is
 * {@code null} is left out. Conditions are fixed HQL on the alias {@code e}; values are always
 * bound parameters.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public static Filter all() {
        return new Filter();
    }

    /** Adds {@code condition} (which names {@code :parameter}) when {@code value} is present. */
    public Filter and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    List<String> conditions() {
        return conditions;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
