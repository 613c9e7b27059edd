package org.emend.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.emend.article.ArticleVisibility;
import org.emend.block.BlockStatus;
import org.emend.crud.ListPage;
import org.emend.failure.Failure;
import org.emend.persistence.Rows;

/**
 * Full-text search over sections, footnotes, abstracts and article titles, on the generated
 * {@code tsvector} columns and their GIN indexes (V6__Add_full_text_search.sql). Hits are
 * ranked by how many of the query's terms they hold, then by {@code ts_rank_cd}; texts are read
 * only for the page of hits returned.
 */
@ApplicationScoped
public class SearchService {

    private static final String QUERY = "CAST(:query AS tsquery)";

    /** Where each kind of hit keeps its documents, its language and its status. */
    private record Source(String from, String text, String original, String language, String status) {
    }

    private static final Map<SearchKind, Source> SOURCES = Map.of(
            SearchKind.SECTION, new Source("section b JOIN article a ON a.id = b.article_id", "b.search_text",
                    "b.search_original", "a.language", "b.status"),
            SearchKind.FOOTNOTE, new Source("footnote b JOIN article a ON a.id = b.article_id", "b.search_text",
                    "b.search_original", "b.language", "b.status"),
            SearchKind.ABSTRACT, new Source("article_abstract b JOIN article a ON a.id = b.article_id", "b.search_text",
                    "b.search_original", "b.language", "b.status"),
            SearchKind.TITLE, new Source("article a", "a.search_title", null, "a.language", null));

    private final EntityManager entityManager;
    private final ArticleVisibility visibility;

    SearchService(EntityManager entityManager, ArticleVisibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    public ListPage<SearchHit> search(SearchRequest request) {
        List<String> termQueries = termQueries(request.terms());
        Set<SearchKind> kinds = searchedKinds(request);
        if (kinds.isEmpty()) {
            return new ListPage<>(List.of(), null);
        }
        Map<String, Object> parameters = new HashMap<>();
        String joiner = request.match() == MatchMode.ALL ? " & " : " | ";
        parameters.put("query", termQueries.stream().map(term -> "(" + term + ")").collect(Collectors.joining(joiner)));
        if (request.match() == MatchMode.ALL) {
            parameters.put("termCount", (long) termQueries.size());
        } else {
            parameters.put("termQueries", String.join("\n", termQueries));
        }
        String candidates = kinds.stream().map(kind -> candidates(kind, request, parameters))
                .collect(Collectors.joining("\nUNION ALL\n"));
        String after = "";
        if (request.after() != null) {
            after = "WHERE (c.matched, c.rank, c.kind, c.id) < (:afterMatched, CAST(:afterRank AS real), :afterKind, :afterId)";
            parameters.put("afterMatched", request.after().matched());
            parameters.put("afterRank", request.after().score());
            parameters.put("afterKind", request.after().kind().key());
            parameters.put("afterId", request.after().id());
        }
        parameters.put("limit", request.limit() + 1);
        Query query = entityManager.createNativeQuery("""
                SELECT h.kind, h.id, h.matched, h.rank, h.in_text,
                       a.id AS article_id, a.title AS article_title, a.english_title, a.issue_id, i.journal_id,
                       b.page_id, p.printed_number, coalesce(b.language, a.language) AS language, b.status,
                       CASE h.kind WHEN 'section' THEN b.heading END AS heading,
                       CASE h.kind WHEN 'abstract' THEN b.heading END AS abstract_title,
                       array_to_string(ab.keywords, ' ') AS keywords, b.text, b.ocr_original
                FROM (SELECT * FROM (%s) c
                      %s
                      ORDER BY c.matched DESC, c.rank DESC, c.kind DESC, c.id DESC
                      LIMIT :limit) h
                LEFT JOIN block b ON b.kind = h.kind AND b.id = h.id
                LEFT JOIN article_abstract ab ON h.kind = 'abstract' AND ab.id = h.id
                JOIN article a ON a.id = h.article_id
                JOIN issue i ON i.id = a.issue_id
                LEFT JOIN page p ON p.id = b.page_id
                ORDER BY h.matched DESC, h.rank DESC, h.kind DESC, h.id DESC""".formatted(candidates, after));
        parameters.forEach(query::setParameter);
        List<HitRow> rows = Rows.list(query, HitRow.class);
        List<SearchHit> hits = new ArrayList<>();
        for (HitRow row : rows.subList(0, Math.min(request.limit(), rows.size()))) {
            hits.add(hit(row, request.terms()));
        }
        String next = null;
        if (rows.size() > request.limit()) {
            SearchHit last = hits.get(hits.size() - 1);
            next = new SearchCursor(last.matchedTerms(), last.score(), last.kind(), last.id()).encode();
        }
        return new ListPage<>(hits, next);
    }

    /** Each term as a tsquery, in the database's own words; terms of punctuation alone drop out. */
    private List<String> termQueries(SearchTerms terms) {
        @SuppressWarnings("unchecked")
        List<String> queries = entityManager.createNativeQuery("""
                SELECT CAST(search_term(t.term) AS text)
                FROM unnest(string_to_array(:terms, chr(10))) WITH ORDINALITY AS t(term, n)
                WHERE search_term(t.term) IS NOT NULL
                ORDER BY t.n""")
                .setParameter("terms", String.join("\n", terms.terms()))
                .getResultList();
        if (queries.isEmpty()) {
            throw Failure.malformed("Query parameter q holds no words to search for");
        }
        return queries;
    }

    /** Titles have no OCR original and no correction status: a search for either leaves them out. */
    private static Set<SearchKind> searchedKinds(SearchRequest request) {
        Set<SearchKind> kinds = request.kinds() == null || request.kinds().isEmpty() ? EnumSet.allOf(SearchKind.class)
                : EnumSet.copyOf(request.kinds());
        if (request.in() == SearchedText.ORIGINAL || request.status() != null) {
            kinds.remove(SearchKind.TITLE);
        }
        return kinds;
    }

    /** The hits of one kind with their sort keys: the filters and the match all served by indexes. */
    private String candidates(SearchKind kind, SearchRequest request, Map<String, Object> parameters) {
        Source source = SOURCES.get(kind);
        List<String> documents = new ArrayList<>();
        if (request.in() != SearchedText.ORIGINAL) {
            documents.add(source.text());
        }
        if (request.in() != SearchedText.TEXT && source.original() != null) {
            documents.add(source.original());
        }
        List<String> where = new ArrayList<>();
        where.add(documents.stream().map(document -> document + " @@ " + QUERY).collect(Collectors.joining(" OR ", "(", ")")));
        if (request.journal() != null) {
            where.add("i.journal_id = :journal");
            parameters.put("journal", request.journal());
        }
        if (request.issue() != null) {
            where.add("a.issue_id = :issue");
            parameters.put("issue", request.issue());
        }
        if (request.language() != null) {
            // A tag matches itself and its subtags: zh finds zh-Hans (RFC 4647 basic filtering)
            where.add("(" + source.language() + " = :language OR " + source.language() + " LIKE :languagePrefix)");
            parameters.put("language", request.language());
            parameters.put("languagePrefix", request.language() + "-%");
        }
        if (request.status() != null) {
            where.add(source.status() + " = :status");
            parameters.put("status", request.status().name().toLowerCase(Locale.ROOT));
        }
        if (!visibility.seesDrafts()) {
            where.add("a.status = 'published' AND i.published_on <= :today");
            parameters.put("today", LocalDate.now(ZoneOffset.UTC));
        }
        String matched = request.match() == MatchMode.ALL ? ":termCount"
                : "(SELECT count(*) FROM unnest(CAST(string_to_array(:termQueries, chr(10)) AS tsquery[])) AS term(query) WHERE "
                        + documents.stream().map(document -> document + " @@ term.query").collect(Collectors.joining(" OR "))
                        + ")";
        String rank = documents.stream().map(document -> "ts_rank_cd(" + document + ", " + QUERY + ", 1)")
                .collect(Collectors.joining(", ", "greatest(", ")"));
        String inText = documents.contains(source.text()) ? source.text() + " @@ " + QUERY : "false";
        return """
                SELECT '%s' AS kind, %s AS id, a.id AS article_id, CAST(%s AS bigint) AS matched, %s AS rank, %s AS in_text
                FROM %s JOIN issue i ON i.id = a.issue_id
                WHERE %s""".formatted(kind.key(), kind == SearchKind.TITLE ? "a.id" : "b.id", matched, rank, inText,
                source.from(), String.join(" AND ", where));
    }

    /** A hit as the query gives it: the candidate's ranking, its block's fields, and where it stands. */
    private record HitRow(String kind, UUID id, long matched, float rank, boolean inText, UUID articleId,
            String articleTitle, String englishTitle, UUID issueId, UUID journalId, UUID pageId, String printedNumber,
            String language, String status, String heading, String abstractTitle, String keywords, String text,
            String ocrOriginal) {
    }

    private static SearchHit hit(HitRow row, SearchTerms terms) {
        SearchKind kind = SearchKind.fromString(row.kind());
        UUID id = row.id();
        boolean inText = row.inText();
        UUID articleId = row.articleId();
        UUID pageId = row.pageId();
        List<String> fields = new ArrayList<>();
        if (kind == SearchKind.TITLE) {
            fields.add(row.articleTitle());
            fields.add(row.englishTitle());
        } else if (inText) {
            fields.add(row.heading());
            fields.add(row.abstractTitle());
            fields.add(row.text());
            fields.add(row.keywords());
        } else {
            fields.add(row.ocrOriginal());
        }
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", kind == SearchKind.TITLE ? "/api/v1/articles/" + id : "/api/v1/" + collection(kind) + "/" + id);
        links.put("article", "/api/v1/articles/" + articleId);
        if (pageId != null) {
            links.put("page", "/api/v1/pages/" + pageId);
        }
        links.put("console", pageId != null ? "/console/pages/" + pageId : "/console/articles/" + articleId);
        return new SearchHit(kind, id, articleId, row.articleTitle(), row.issueId(), row.journalId(), pageId,
                row.printedNumber(), row.language(), row.status() == null ? null : BlockStatus.fromString(row.status()),
                inText ? SearchedText.TEXT : SearchedText.ORIGINAL, (int) row.matched(), row.rank(),
                Snippets.of(fields, terms), links);
    }

    private static String collection(SearchKind kind) {
        return switch (kind) {
            case SECTION -> "sections";
            case FOOTNOTE -> "footnotes";
            case ABSTRACT -> "abstracts";
            case TITLE -> "articles";
        };
    }
}
