package org.emend.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.emend.failure.Failure;

/**
 * Where a page of results ended: the sort key of its last hit (terms matched, score, kind, id),
 * so the next page starts right after it even though results are ranked, not listed by id.
 */
record SearchCursor(long matched, float score, SearchKind kind, UUID id) {

    String encode() {
        String key = matched + ":" + Float.toString(score) + ":" + kind.key() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static SearchCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
            return new SearchCursor(Long.parseLong(parts[0]), Float.parseFloat(parts[1]), SearchKind.fromString(parts[2]),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw Failure.malformed("Query parameter after is not a cursor this search gave out");
        }
    }
}
