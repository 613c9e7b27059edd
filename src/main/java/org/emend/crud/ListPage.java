package org.emend.crud;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, and the cursor that continues it ({@code null} on the last page). */
public record ListPage<T>(
        List<T> items,
        @Schema(description = "Pass as `after` to get the next page; null on the last page") String nextCursor) {

    public <V> ListPage<V> map(Function<T, V> view) {
        return new ListPage<>(items.stream().map(view).toList(), nextCursor);
    }
}
