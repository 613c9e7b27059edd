package org.emend.search;

import java.util.Set;
import java.util.UUID;

import org.emend.block.BlockStatus;

/** A search and its filters; {@code null} filters do not narrow. */
record SearchRequest(SearchTerms terms, MatchMode match, SearchedText in, Set<SearchKind> kinds, UUID journal,
        UUID issue, String language, BlockStatus status, int limit, SearchCursor after) {
}
