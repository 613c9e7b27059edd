package org.emend.changes;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run of the feed and where to continue from. */
@Schema(name = "ChangePage")
public record ChangePage(List<ChangeView> items,
        @Schema(description = "Pass as since to get what comes next; the same cursor again when nothing came") String nextCursor) {
}
