package org.emend.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short passage of a hit's text around what matched, and where the matches are in it. */
@Schema(name = "SearchSnippet")
public record Snippet(
        @Schema(description = "The passage; … marks where it was cut from a longer text") String text,
        @Schema(description = "The matched words in text, as offsets in Unicode code points (start inclusive, end exclusive)") List<Highlight> highlights) {

    @Schema(name = "SearchHighlight")
    public record Highlight(int start, int end) {
    }
}
