package org.emend.crud;

/** Which page of a list to return: at most {@code limit} records after the cursor {@code after}. */
public record PageRequest(String after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
}
