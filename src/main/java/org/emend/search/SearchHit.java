package org.emend.search;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.emend.block.BlockStatus;

/** One search result: what matched, where it sits, a snippet and links to the records. */
@Schema(name = "SearchHit")
public record SearchHit(
        SearchKind kind,
        @Schema(description = "The block's id; for a title, the article's") UUID id,
        UUID articleId,
        String articleTitle,
        UUID issueId,
        UUID journalId,
        UUID pageId,
        @Schema(description = "The page number printed on the page, when known") String printedPage,
        String language,
        @Schema(description = "The block's correction status; absent for titles") BlockStatus status,
        @Schema(description = "Whether the current text matched, or only the OCR original") SearchedText matchedIn,
        @Schema(description = "How many of the query's terms the hit holds") int matchedTerms,
        @Schema(description = "Relevance within the results (PostgreSQL ts_rank_cd); higher is better") float score,
        Snippet snippet,
        @Schema(description = "The hit's record (self), its article, its page, and its page in the editorial console") Map<String, String> links) {
}
