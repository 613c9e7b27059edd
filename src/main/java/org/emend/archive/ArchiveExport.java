package org.emend.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.emend.article.contents.ArticleContent;
import org.emend.article.contents.ArticleContents;
import org.emend.jats.JatsWriter;
import org.emend.persistence.Rows;
import org.emend.persistence.Snapshots;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import io.micrometer.core.annotation.Timed;

/**
 * Exports journals, issues and articles as a BagIt bag, one folder per journal, issue and
 * article, streamed: each article is read, written and forgotten before the next, inside one
 * read-only, repeatable-read transaction so the bag is a consistent picture of one moment.
 */
@ApplicationScoped
public class ArchiveExport {

    /** What to export: everything, one journal or one issue. */
    public record Scope(String kind, UUID id) {

        public static Scope all() {
            return new Scope("all", null);
        }

        public static Scope journal(UUID id) {
            return new Scope("journal", id);
        }

        public static Scope issue(UUID id) {
            return new Scope("issue", id);
        }

        String description() {
            return id == null ? "Everything in the archive" : "The " + kind + " " + id;
        }
    }

    static final String ARTICLE_FORMAT = "emend-article/1";
    /** The file an article's source PDF is kept in, in its folder. */
    static final String SOURCE_PDF = "source.pdf";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final String JATS_DOCTYPE = "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Archiving and"
            + " Interchange DTD v1.3 20210610//EN\" \"JATS-archivearticle1-3.dtd\">";
    private static final int EXPORT_TIMEOUT_SECONDS = 24 * 3600;

    private final EntityManager entityManager;
    private final ArticleContents contents;
    private final Snapshots snapshots;

    ArchiveExport(EntityManager entityManager, ArticleContents contents, Snapshots snapshots) {
        this.entityManager = entityManager;
        this.contents = contents;
        this.snapshots = snapshots;
    }

    /**
     * Whether the scope names something that exists; checked before the answer starts streaming.
     * In a transaction of its own: the command line calls it with no request context active.
     */
    public boolean exists(Scope scope) {
        if (scope.id() == null) {
            return true;
        }
        String table = scope.kind().equals("journal") ? "journal" : "issue";
        return snapshots
                .read(() -> ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table + " WHERE id = :id")
                        .setParameter("id", scope.id()).getSingleResult()).longValue() > 0);
    }

    @Timed(value = "emend.exports", description = "Bags exported: how many and how long each took to stream")
    public void write(Scope scope, BagWriter.Format format, OutputStream out, String agent) {
        snapshots.read(EXPORT_TIMEOUT_SECONDS, () -> {
            try (BagWriter bag = new BagWriter(out, format,
                    "emend-" + scope.kind() + (scope.id() == null ? "" : "-" + scope.id()))) {
                long articles = 0;
                for (IssueInOrder issue : issues(scope)) {
                    UUID journalId = issue.journalId();
                    UUID issueId = issue.issueId();
                    String issuePath = journalId + "/" + issueId;
                    if (issue.firstOfJournal()) {
                        bag.payload(journalId + "/journal.json", row(RecordFormat.JOURNAL, journalId));
                    }
                    if (issueId == null) {
                        continue;
                    }
                    bag.payload(issuePath + "/issue.json", row(RecordFormat.ISSUE, issueId));
                    for (UUID article : articleIds(issueId)) {
                        article(bag, issuePath + "/" + article, article);
                        entityManager.clear();
                        articles++;
                    }
                }
                Map<String, String> info = new LinkedHashMap<>();
                info.put("Source-Organization", "Emend");
                info.put("Bag-Software-Agent", agent);
                info.put("External-Identifier", scope.kind() + (scope.id() == null ? "" : ":" + scope.id()));
                info.put("External-Description", scope.description() + ": " + articles + " articles. Each article folder"
                        + " holds article.xml (JATS 1.3 Archiving and Interchange), article.json (every field and the"
                        + " whole revision history, format " + ARTICLE_FORMAT + ") and pages/NNN.txt (each page's OCR"
                        + " text as imported), with page scans where there are some.");
                info.put(ArchiveFormat.FORMAT_FIELD, ArchiveFormat.name(ArchiveFormat.CURRENT));
                info.put(ArchiveFormat.SCHEMA_FIELD, schemaVersion());
                info.put("Internal-Sender-Description",
                        "Exported by Emend; restore with POST /api/v1/restores or 'emend restore'");
                bag.finish(info);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schema version Flyway last migrated to: what the records were read from. */
    private String schemaVersion() {
        return String.valueOf(entityManager.createNativeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                .getSingleResult());
    }

    /** An issue in the export's order, and whether it is its journal's first; a journal without issues has a null one. */
    private record IssueInOrder(UUID journalId, UUID issueId, boolean firstOfJournal) {
    }

    private List<IssueInOrder> issues(Scope scope) {
        String where = switch (scope.kind()) {
            case "journal" -> "WHERE j.id = :id";
            case "issue" -> "WHERE i.id = :id";
            default -> "";
        };
        var query = entityManager.createNativeQuery("""
                SELECT j.id AS journal_id, i.id AS issue_id,
                       row_number() OVER (PARTITION BY j.id ORDER BY i.year, i.volume, i.number, i.id) = 1 AS first_of_journal
                FROM journal j LEFT JOIN issue i ON i.journal_id = j.id
                %s
                ORDER BY j.id, i.year, i.volume, i.number, i.id""".formatted(where));
        if (scope.id() != null) {
            query.setParameter("id", scope.id());
        }
        return Rows.list(query, IssueInOrder.class);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> articleIds(UUID issue) {
        return entityManager.createNativeQuery("SELECT id FROM article WHERE issue_id = :issue ORDER BY id")
                .setParameter("issue", issue).getResultList();
    }

    private byte[] row(RecordFormat format, UUID id) {
        String json = (String) entityManager.createNativeQuery(
                "SELECT jsonb_pretty(" + format.json("t") + ") FROM " + format.table() + " t WHERE t.id = :id")
                .setParameter("id", id).getSingleResult();
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void article(BagWriter bag, String folder, UUID id) throws IOException {
        bag.payload(folder + "/article.json", articleJson(id));
        ArticleContent content = contents.load(List.of(id)).get(id);
        bag.payload(folder + "/article.xml", jats(content));
        // The PDF goes with the article it was imported as; the articles known only from its abstracts page point to it
        List<?> source = entityManager.createNativeQuery("""
                SELECT f.content FROM source_file f JOIN article a ON a.import_id = f.import_id
                WHERE a.id = :id AND NOT a.abstract_only""").setParameter("id", id).getResultList();
        if (!source.isEmpty()) {
            bag.payload(folder + "/" + SOURCE_PDF, (byte[]) source.get(0));
        }
        // Scans are the bulk of an article: fetched one page at a time (a cursor, as the export runs
        // in a transaction) so a long article's scans are never all in memory together.
        Stream<PageFiles> pages = Rows.stream(entityManager.createNativeQuery("""
                SELECT p.sequence, p.ocr_original, m.media_type, m.content, m.display_media_type, m.display_content
                FROM page p LEFT JOIN page_image m ON m.page_id = p.id
                WHERE p.article_id = :id ORDER BY p.sequence""").setParameter("id", id)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 1), PageFiles.class);
        try (pages) {
            for (PageFiles page : (Iterable<PageFiles>) pages::iterator) {
                String name = folder + "/pages/" + String.format("%03d", page.sequence());
                bag.payload(name + ".txt", page.ocrOriginal().getBytes(StandardCharsets.UTF_8));
                if (page.content() != null) {
                    bag.payload(name + extension(page.mediaType()), page.content());
                }
                if (page.displayContent() != null) {
                    bag.payload(name + ".display" + extension(page.displayMediaType()), page.displayContent());
                }
            }
        }
    }

    /** A page's text as imported, with its scan and the scan's display copy where there are some. */
    private record PageFiles(int sequence, String ocrOriginal, String mediaType, byte[] content, String displayMediaType,
            byte[] displayContent) {
    }

    /** The article and everything in it, one JSON document built by PostgreSQL. */
    private static final String ARTICLE_JSON = """
            SELECT jsonb_pretty(jsonb_build_object(
              'format', CAST(? AS text),
              'journal', (SELECT %1$s FROM journal j WHERE j.id = i.journal_id),
              'issue', %2$s,
              'import', (SELECT %3$s FROM ocr_import o WHERE o.id = a.import_id),
              'article', %4$s,
              'pages', coalesce((SELECT jsonb_agg(%5$s ORDER BY p.sequence) FROM page p WHERE p.article_id = a.id), '[]'),
              'sections', coalesce((SELECT jsonb_agg(%6$s ORDER BY s.ordinal)
                                    FROM section s WHERE s.article_id = a.id), '[]'),
              'footnotes', coalesce((SELECT jsonb_agg(%7$s ORDER BY f.ordinal)
                                     FROM footnote f WHERE f.article_id = a.id), '[]'),
              'abstracts', coalesce((SELECT jsonb_agg(%8$s ORDER BY b.language)
                                     FROM article_abstract b WHERE b.article_id = a.id), '[]'),
              'pageImages', coalesce((SELECT jsonb_agg(%9$s ORDER BY p.sequence)
                                      FROM page_image m JOIN page p ON p.id = m.page_id WHERE p.article_id = a.id), '[]'),
              'changesets', coalesce((SELECT jsonb_agg(%10$s ORDER BY c.created_at, c.id) FROM changeset c
                                      WHERE c.id IN (SELECT r.changeset_id FROM revision r WHERE r.article_id = a.id)), '[]'),
              'revisions', coalesce((SELECT jsonb_agg(%11$s ORDER BY r.created_at, r.id) FROM revision r
                                     WHERE r.article_id = a.id), '[]'),
              'ocrRuns', coalesce((SELECT jsonb_agg(%12$s ORDER BY p.sequence, u.created_at, u.id)
                                   FROM ocr_run u JOIN page p ON p.id = u.page_id WHERE p.article_id = a.id), '[]'),
              'sourceFile', (SELECT %13$s FROM source_file sf WHERE sf.import_id = a.import_id AND NOT a.abstract_only)))
            FROM article a JOIN issue i ON i.id = a.issue_id WHERE a.id = ?"""
            .formatted(RecordFormat.JOURNAL.json("j"), RecordFormat.ISSUE.json("i"),
                    RecordFormat.OCR_IMPORT.json("o"), RecordFormat.ARTICLE.json("a"),
                    RecordFormat.PAGE.json("p"), RecordFormat.SECTION.json("s"),
                    RecordFormat.FOOTNOTE.json("f"), RecordFormat.ABSTRACT.json("b"),
                    RecordFormat.PAGE_IMAGE.json("m"), RecordFormat.CHANGESET.json("c"),
                    RecordFormat.REVISION.json("r"), RecordFormat.OCR_RUN.json("u"),
                    RecordFormat.SOURCE_FILE.json("sf"));

    /**
     * The article and everything in it, as records of the archive format (see {@link RecordFormat}:
     * the fields it names, values exactly as stored), so that a restore gives back the same records.
     */
    private byte[] articleJson(UUID id) {
        // Read as the bytes PostgreSQL sent (UTF-8): decoding a whole article's text into Java and encoding
        // it again cost a sixth of the export's time
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ARTICLE_JSON)) {
                statement.setString(1, ARTICLE_FORMAT);
                statement.setObject(2, id);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    byte[] json = rows.getBytes(1);
                    byte[] line = Arrays.copyOf(json, json.length + 1);
                    line[json.length] = '\n';
                    return line;
                }
            }
        });
    }

    private static byte[] jats(ArticleContent content) throws IOException {
        // Written as characters, encoded once: the JDK's writer hands an output stream one byte at a time,
        // which cost a quarter of the export's time
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD(JATS_DOCTYPE);
            xml.writeCharacters("\n");
            new JatsWriter(xml).write(content, null);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        text.append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The file name ending of a page scan in a bag. */
    static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".tif";
        };
    }
}
