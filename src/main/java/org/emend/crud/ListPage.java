package org.emend.crud;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, and the cursor that continues it ({@code null} on the last page). */
public record ListPage<T>(
        List<T> items,
        @Schema(description = "Pass as `after` to get the next page; absent on the last page") String nextCursor) {
}
