package org.emend.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.block.BlockKind;
import org.emend.persistence.Rows;

/**
 * The console's search over article titles, section headings, and the current texts and OCR
 * originals of every block. A plain substring match (case-insensitive), so that a two-character
 * Chinese word is found as surely as an English one; the trigram indexes serve queries of three
 * characters or more. Every match in what is shown is marked.
 */
@ApplicationScoped
public class TextSearch {

    static final int MAX_QUERY = 200;
    private static final int CONTEXT = 50;

    private final EntityManager entityManager;

    TextSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A piece of shown text: a match of the query or what lies between matches. */
    public record Segment(String text, boolean match) {
    }

    /** A block that matched, with its matches in context; {@code inText} false when only its OCR original matched. */
    public record Hit(BlockKind kind, UUID id, UUID articleId, String articleTitle, UUID pageId, String printedNumber,
            String status, boolean inText, List<Segment> heading, List<Segment> excerpt) {

        public String kindName() {
            return kind.name().toLowerCase();
        }
    }

    /** An article whose title or English title matched. */
    public record TitleHit(UUID id, List<Segment> title, List<Segment> englishTitle) {
    }

    public record Results(List<TitleHit> articles, List<Hit> hits, boolean more) {

        public int count() {
            return articles.size() + hits.size();
        }
    }

    public Results find(String query, int limit) {
        String like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<TitleFound> titles = Rows.list(entityManager.createNativeQuery("""
                SELECT a.id, a.title, a.english_title FROM article a
                WHERE a.title ILIKE :like ESCAPE '\\' OR a.english_title ILIKE :like ESCAPE '\\'
                ORDER BY a.title, a.id LIMIT :limit""")
                .setParameter("like", like)
                .setParameter("limit", limit), TitleFound.class);
        List<TitleHit> articles = new ArrayList<>();
        for (TitleFound row : titles) {
            articles.add(new TitleHit(row.id(), marked(row.title(), query), marked(row.englishTitle(), query)));
        }
        List<BlockFound> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT b.kind, b.id, b.article_id, a.title AS article_title, b.page_id, p.printed_number, b.status, b.text,
                       b.ocr_original, b.heading
                FROM block b
                JOIN article a ON a.id = b.article_id LEFT JOIN page p ON p.id = b.page_id
                WHERE b.text ILIKE :like ESCAPE '\\' OR b.ocr_original ILIKE :like ESCAPE '\\'
                   OR b.heading ILIKE :like ESCAPE '\\'
                ORDER BY a.title, a.id, p.sequence NULLS LAST, b.kind, b.id
                LIMIT :limit""")
                .setParameter("like", like)
                .setParameter("limit", limit + 1), BlockFound.class);
        List<Hit> hits = new ArrayList<>();
        for (BlockFound row : rows.subList(0, Math.min(limit, rows.size()))) {
            boolean inText = indexOf(row.text(), query, 0) >= 0 || indexOf(row.heading(), query, 0) >= 0;
            hits.add(new Hit(row.kind(), row.id(), row.articleId(), row.articleTitle(), row.pageId(), row.printedNumber(),
                    row.status(), inText, marked(row.heading(), query),
                    excerpt(inText ? row.text() : row.ocrOriginal(), query)));
        }
        return new Results(articles, hits, rows.size() > limit);
    }

    private record TitleFound(UUID id, String title, String englishTitle) {
    }

    private record BlockFound(BlockKind kind, UUID id, UUID articleId, String articleTitle, UUID pageId,
            String printedNumber, String status, String text, String ocrOriginal, String heading) {
    }

    /** A window of the text around its first match (its start when none), every match in it marked. */
    static List<Segment> excerpt(String text, String query) {
        int first = Math.max(0, indexOf(text, query, 0));
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(text.length(), first + query.length() + CONTEXT * 3);
        List<Segment> segments = new ArrayList<>();
        if (from > 0) {
            segments.add(new Segment("…", false));
        }
        segments.addAll(marked(text.substring(from, to), query));
        if (to < text.length()) {
            segments.add(new Segment("…", false));
        }
        return segments;
    }

    /** The whole text cut into matches and what lies between them. */
    static List<Segment> marked(String text, String query) {
        List<Segment> segments = new ArrayList<>();
        if (text == null) {
            return segments;
        }
        int at = 0;
        for (int match = indexOf(text, query, 0); match >= 0; match = indexOf(text, query, at)) {
            if (match > at) {
                segments.add(new Segment(text.substring(at, match), false));
            }
            segments.add(new Segment(text.substring(match, match + query.length()), true));
            at = match + query.length();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), false));
        }
        return segments;
    }

    /** Where the query next starts in the text, ignoring case as ILIKE does; -1 if it is not there. */
    private static int indexOf(String text, String query, int from) {
        if (text == null || query.isEmpty()) {
            return -1;
        }
        for (int i = from; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
