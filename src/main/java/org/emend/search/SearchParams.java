package org.emend.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.emend.block.BlockStatus;
import org.emend.failure.Failure;
import org.emend.web.Languages;
import org.emend.web.QueryParameters;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters of {@code GET /api/v1/search}. */
public class SearchParams implements QueryParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @RestQuery
    @Parameter(description = "Words to find; \"quoted words\" must occur together. Chinese needs no spaces: 文学 finds 中国文学史", required = true)
    public String q;

    @RestQuery
    @DefaultValue("all")
    @Parameter(description = "all: a hit holds every term; any: it holds at least one (hits with more terms rank first)")
    public MatchMode match;

    @RestQuery
    @DefaultValue("text")
    @Parameter(description = "Search the current text, the OCR original, or both")
    public SearchedText in;

    @RestQuery
    @Parameter(description = "Kinds of hit: section, footnote, abstract, title; repeat or separate with commas (default all)")
    public List<String> kind;

    @RestQuery
    public UUID journal;

    @RestQuery
    public UUID issue;

    @RestQuery
    @Pattern(regexp = Languages.TAG, message = Languages.MESSAGE)
    @Parameter(description = "A language tag; zh also finds zh-Hans")
    public String language;

    @RestQuery
    @Parameter(description = "Correction status of the block (leaves titles out)")
    public BlockStatus status;

    @RestQuery
    @DefaultValue("" + DEFAULT_LIMIT)
    @Min(1)
    @Max(MAX_LIMIT)
    public int limit;

    @RestQuery
    @Parameter(description = "nextCursor of the previous page")
    public String after;

    private static SearchKind kind(String value) {
        try {
            return SearchKind.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Failure.malformed("Query parameter kind " + e.getMessage());
        }
    }

    SearchRequest toRequest() {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        if (kind != null) {
            kind.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::strip)
                    .filter(value -> !value.isEmpty()).map(SearchParams::kind).forEach(kinds::add);
        }
        return new SearchRequest(SearchTerms.parse(q), match, in, kinds, journal, issue, language, status, limit,
                after == null || after.isBlank() ? null : SearchCursor.decode(after));
    }
}
