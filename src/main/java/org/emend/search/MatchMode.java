package org.emend.search;

import org.emend.web.EnumParameters;

/** Whether a hit must hold every term of the query or may hold only some. */
public enum MatchMode {
    ALL,
    ANY;

    public static MatchMode fromString(String value) {
        return EnumParameters.parse(MatchMode.class, value);
    }
}
