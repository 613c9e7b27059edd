package org.emend.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.emend.changes.ChangeAttribution;
import org.emend.failure.Failure;
import org.emend.users.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Restores a verified bag: every record with its id, texts, statuses, versions, timestamps and
 * history, as the rows article.json holds, in one transaction. Ids that exist already are
 * refused unless the caller asks to replace them.
 */
@ApplicationScoped
public class ArchiveRestore {

    /** What a restore wrote. */
    public record Report(int journals, int issues, int articles, int pages, int sections, int footnotes, int abstracts,
            int revisions, int changesets, int images) {

        /** As a person reads it: {@code 1 journal, 1 issue, 4 articles, 21 pages, …}. */
        public String summary() {
            return String.join(", ", count(journals, "journal"), count(issues, "issue"), count(articles, "article"),
                    count(pages, "page"), count(sections, "section"), count(footnotes, "footnote"),
                    count(abstracts, "abstract"), count(revisions, "revision"), count(changesets, "changeset"),
                    count(images, "page scan"));
        }

        private static String count(int count, String what) {
            return count + " " + what + (count == 1 ? "" : "s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Not null, check and foreign key violations: a value of the bag, not a conflict with what exists. */
    private static final Set<String> BAG_VALUE_STATES = Set.of("23502", "23514", "23503");
    private static final List<String> RECORD_LISTS = List.of("pages", "sections", "footnotes", "abstracts", "pageImages",
            "changesets", "revisions", "ocrRuns");

    private final EntityManager entityManager;
    private final ChangeAttribution attribution;

    ArchiveRestore(EntityManager entityManager, ChangeAttribution attribution) {
        this.entityManager = entityManager;
        this.attribution = attribution;
    }

    /** The archive file a restore came from, for the restore log. */
    public record Receipt(String sha256, long bytes) {
    }

    /**
     * Restores the bag at {@code root} (of a format {@link ArchiveFormat#of} accepted); a record the
     * bag holds that is malformed or does not fit is a {@link BagException}, and nothing is written.
     */
    @Transactional(rollbackOn = Exception.class)
    public Report restore(Path root, boolean replace, Actor actor, Receipt receipt)
            throws IOException, BagException {
        Path[] current = new Path[1];
        try {
            return write(root, replace, actor, receipt, current);
        } catch (PersistenceException e) {
            String refusal = refusal(e);
            if (refusal == null) {
                throw e;
            }
            throw new BagException(List.of((current[0] == null ? "data" : relative(root, current[0]))
                    + ": a record does not fit the database (" + refusal + ")"));
        }
    }

    /** Why PostgreSQL refused a value of the bag, or null when the failure is not about the bag's values. */
    private static String refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || BAG_VALUE_STATES.contains(sql.getSQLState()))) {
                String message = String.valueOf(sql.getMessage());
                int newline = message.indexOf('\n');
                return newline < 0 ? message : message.substring(0, newline);
            }
        }
        return null;
    }

    private Report write(Path root, boolean replace, Actor actor, Receipt receipt, Path[] current)
            throws IOException, BagException {
        attribution.mark(actor);
        Path data = root.resolve("data");
        Map<UUID, JsonNode> journals = new LinkedHashMap<>();
        Map<UUID, JsonNode> issues = new LinkedHashMap<>();
        List<Path> articleFiles;
        try (Stream<Path> files = Files.walk(data)) {
            articleFiles = files.filter(file -> file.getFileName().toString().equals("article.json")).sorted().toList();
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("journal.json") || name.equals("issue.json")) {
                    JsonNode row = readJson(root, file);
                    (name.equals("journal.json") ? journals : issues).put(id(root, file, row, "id"), row);
                }
            }
        }
        // Articles are read twice, for their ids and then to write them, rather than held all at once
        List<UUID> articleIds = new ArrayList<>();
        for (Path file : articleFiles) {
            JsonNode article = readArticle(root, file);
            journals.putIfAbsent(id(root, file, article.get("journal"), "journal.id"), article.get("journal"));
            issues.putIfAbsent(id(root, file, article.get("issue"), "issue.id"), article.get("issue"));
            articleIds.add(id(root, file, article.get("article"), "article.id"));
        }
        int replaced = refuseExisting(journals.keySet(), issues.keySet(), articleIds, replace);
        if (replace && !articleIds.isEmpty()) {
            entityManager.createNativeQuery("DELETE FROM article WHERE id IN (:ids)").setParameter("ids", articleIds)
                    .executeUpdate();
        }

        journals.values().forEach(row -> insert("journal", row, replace));
        issues.values().forEach(row -> insert("issue", row, replace));
        Map<String, Boolean> people = new HashMap<>();
        int[] counts = new int[7];
        for (Path file : articleFiles) {
            current[0] = file;
            JsonNode article = readArticle(root, file);
            if (article.hasNonNull("import")) {
                insertIfAbsent("ocr_import", article.get("import"));
            }
            insert("article", article.get("article"), false);
            counts[0] += insertAll("page", article.get("pages"));
            insertAll("ocr_run", article.get("ocrRuns"));
            source(root, file, article);
            counts[1] += insertAll("section", article.get("sections"));
            counts[2] += insertAll("footnote", article.get("footnotes"));
            counts[3] += insertAll("article_abstract", article.get("abstracts"));
            counts[5] += changesets(article.get("changesets"), people);
            counts[4] += insertAll("revision", withKnownPeople(article.get("revisions"), people));
            counts[6] += images(root, file, article);
        }
        log(actor, receipt, replace, replaced, articleIds.size(), counts[4]);
        return new Report(journals.size(), issues.size(), articleIds.size(), counts[0], counts[1], counts[2], counts[3],
                counts[4], counts[5], counts[6]);
    }

    private static JsonNode readArticle(Path root, Path file) throws IOException, BagException {
        JsonNode article = readJson(root, file);
        if (!ArchiveExport.ARTICLE_FORMAT.equals(article.path("format").asText())) {
            throw invalid(root, file, "is not an Emend article record (format " + ArchiveExport.ARTICLE_FORMAT + ")");
        }
        for (String record : List.of("journal", "issue", "article")) {
            if (!article.path(record).isObject()) {
                throw invalid(root, file, "has no " + record + " record");
            }
        }
        if (!article.path("import").isObject() && !article.path("import").isNull() && !article.path("import").isMissingNode()) {
            throw invalid(root, file, "import is neither a record nor null");
        }
        if (article.path("ocrRuns").isMissingNode()) {
            // Format 1: no OCR runs
            ((ObjectNode) article).putArray("ocrRuns");
        }
        if (!article.path("sourceFile").isMissingNode() && !article.path("sourceFile").isNull()
                && !article.path("sourceFile").isObject()) {
            throw invalid(root, file, "sourceFile is neither a record nor null");
        }
        for (String list : RECORD_LISTS) {
            JsonNode records = article.path(list);
            if (!records.isArray()) {
                throw invalid(root, file, list + " is not a list of records");
            }
            for (JsonNode record : records) {
                if (!record.isObject()) {
                    throw invalid(root, file, list + " holds something other than a record");
                }
            }
        }
        for (JsonNode page : article.get("pages")) {
            id(root, file, page, "pages[].id");
            if (!page.path("sequence").canConvertToInt()) {
                throw invalid(root, file, "a page has no sequence number");
            }
        }
        for (JsonNode image : article.get("pageImages")) {
            id(root, file, image, "pageImages[].page_id");
        }
        return article;
    }

    private static JsonNode readJson(Path root, Path file) throws IOException, BagException {
        try {
            JsonNode json = JSON.readTree(file.toFile());
            if (json == null || !json.isObject()) {
                throw invalid(root, file, "is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw invalid(root, file, "is not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The UUID a record holds under {@code path}'s last name. */
    private static UUID id(Path root, Path file, JsonNode record, String path) throws BagException {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode value = record == null ? null : record.get(field);
        try {
            if (value != null && value.isTextual()) {
                return UUID.fromString(value.asText());
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        throw invalid(root, file, path + " is missing or not a UUID");
    }

    private static BagException invalid(Path root, Path file, String problem) {
        return new BagException(List.of(relative(root, file) + ": " + problem));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** In the same transaction as the restore: a restore is never without its entry, nor an entry without it. */
    private static void log(Actor actor, Receipt receipt, boolean replace, int replaced, int articles, int revisions) {
        RestoreLogEntry entry = new RestoreLogEntry();
        entry.authorId = actor.userId();
        entry.authorTokenId = actor.tokenId();
        entry.authorName = actor.name();
        entry.bagSha256 = receipt.sha256();
        entry.bagBytes = receipt.bytes();
        entry.replaceRequested = replace;
        entry.replacedRecords = replaced;
        entry.articles = articles;
        entry.revisions = revisions;
        entry.persist();
    }

    /** Refuses records that exist unless they are to be replaced; returns how many will be. */
    private int refuseExisting(Set<UUID> journals, Set<UUID> issues, List<UUID> articles, boolean replace) {
        Set<String> existing = new LinkedHashSet<>();
        existing.addAll(existing("journal", journals));
        existing.addAll(existing("issue", issues));
        existing.addAll(existing("article", articles));
        if (replace) {
            return existing.size();
        }
        if (!existing.isEmpty()) {
            throw Failure.conflict("The bag holds records that exist already: "
                    + existing.stream().limit(20).collect(Collectors.joining(", "))
                    + (existing.size() > 20 ? " and " + (existing.size() - 20) + " more" : "")
                    + ". Restore with replace=true to replace them.");
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private List<String> existing(String table, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> found = entityManager.createNativeQuery("SELECT id FROM " + table + " WHERE id IN (:ids)")
                .setParameter("ids", ids).getResultList();
        return found.stream().map(id -> table + " " + id).toList();
    }

    /** All of an article's rows of one table in one statement. */
    private int insertAll(String table, JsonNode rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        String list = String.join(", ", columns(table));
        entityManager.createNativeQuery("INSERT INTO " + table + " (" + list + ") SELECT " + list
                + " FROM jsonb_populate_recordset(NULL::" + table + ", CAST(:rows AS jsonb))")
                .setParameter("rows", rows.toString()).executeUpdate();
        return rows.size();
    }

    /** Changesets are shared by the articles they changed: each is written once. */
    private int changesets(JsonNode rows, Map<String, Boolean> people) {
        int written = 0;
        for (JsonNode row : rows) {
            ObjectNode copy = withKnownPeople(row.deepCopy(), people);
            copy.putNull("reverts_id");
            if (insertIfAbsent("changeset", copy)) {
                written++;
            }
        }
        // Reverts point at changesets that may come later in the bag, or not at all
        for (JsonNode row : rows) {
            if (row.hasNonNull("reverts_id")) {
                entityManager.createNativeQuery("""
                        UPDATE changeset SET reverts_id = CAST(:reverts AS uuid) WHERE id = CAST(:id AS uuid)
                          AND EXISTS (SELECT 1 FROM changeset WHERE id = CAST(:reverts AS uuid))""")
                        .setParameter("reverts", row.get("reverts_id").asText()).setParameter("id", row.get("id").asText())
                        .executeUpdate();
            }
        }
        return written;
    }

    /** The PDF the article was imported from, when the bag has it (format 2): its record, its bytes from source.pdf. */
    private void source(Path root, Path file, JsonNode article) throws IOException, BagException {
        if (!article.path("sourceFile").isObject()) {
            return;
        }
        Path pdf = file.getParent().resolve(ArchiveExport.SOURCE_PDF);
        if (!Files.isRegularFile(pdf)) {
            throw invalid(root, file, "the source PDF " + ArchiveExport.SOURCE_PDF + " is not in the bag");
        }
        ObjectNode row = article.get("sourceFile").deepCopy();
        row.put("content", hex(pdf));
        String names = String.join(", ", columns("source_file"));
        entityManager.createNativeQuery("INSERT INTO source_file (" + names + ") SELECT " + names
                + " FROM jsonb_populate_record(NULL::source_file, CAST(:row AS jsonb)) ON CONFLICT DO NOTHING")
                .setParameter("row", row.toString()).executeUpdate();
    }

    private int images(Path root, Path file, JsonNode article) throws IOException, BagException {
        Path folder = file.getParent();
        Map<String, Integer> sequences = new HashMap<>();
        article.get("pages").forEach(page -> sequences.put(page.get("id").asText(), page.get("sequence").asInt()));
        int written = 0;
        for (JsonNode image : article.get("pageImages")) {
            Integer sequence = sequences.get(image.get("page_id").asText());
            if (sequence == null) {
                throw invalid(root, file, "a page image belongs to no page of the article");
            }
            String name = String.format("%03d", sequence);
            ObjectNode row = image.deepCopy();
            Path scan = folder.resolve("pages").resolve(name + ArchiveExport.extension(image.path("media_type").asText()));
            if (!Files.isRegularFile(scan)) {
                throw invalid(root, file, "the scan of page " + name + " is not in the bag");
            }
            row.put("content", hex(scan));
            Path display = folder.resolve("pages")
                    .resolve(name + ".display" + ArchiveExport.extension(image.path("display_media_type").asText()));
            if (Files.exists(display)) {
                row.put("display_content", hex(display));
            }
            insert("page_image", row, false);
            written++;
        }
        return written;
    }

    /** The rows with the people they name that this archive lacks dropped (see below). */
    private ArrayNode withKnownPeople(JsonNode rows, Map<String, Boolean> people) {
        ArrayNode copies = JSON.createArrayNode();
        rows.forEach(row -> copies.add(withKnownPeople(row.deepCopy(), people)));
        return copies;
    }

    /**
     * Accounts and tokens are not in bags: a reference to one this archive lacks is dropped, the
     * name kept. {@code people} remembers who was looked up, so each is looked up once.
     */
    private ObjectNode withKnownPeople(ObjectNode row, Map<String, Boolean> people) {
        for (String[] reference : new String[][] { { "author_id", "app_user" }, { "author_token_id", "api_token" } }) {
            if (row.hasNonNull(reference[0])) {
                String id = row.get(reference[0]).asText();
                boolean known = people.computeIfAbsent(reference[1] + " " + id,
                        key -> !existing(reference[1], List.of(UUID.fromString(id))).isEmpty());
                if (!known) {
                    row.putNull(reference[0]);
                }
            }
        }
        return row;
    }

    private boolean insertIfAbsent(String table, JsonNode row) {
        String names = String.join(", ", columns(table));
        return entityManager.createNativeQuery("INSERT INTO " + table + " (" + names + ") SELECT " + names
                + " FROM jsonb_populate_record(NULL::" + table + ", CAST(:row AS jsonb)) ON CONFLICT DO NOTHING")
                .setParameter("row", row.toString()).executeUpdate() > 0;
    }

    /** Inserts a row as the bag has it; with {@code upsert}, an existing row with its id takes the bag's values. */
    private void insert(String table, JsonNode row, boolean upsert) {
        List<String> names = columns(table);
        String list = String.join(", ", names);
        String sql = "INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM jsonb_populate_record(NULL::" + table
                + ", CAST(:row AS jsonb))";
        if (upsert) {
            sql += " ON CONFLICT (id) DO UPDATE SET "
                    + names.stream().map(name -> name + " = EXCLUDED." + name).collect(Collectors.joining(", "));
        }
        entityManager.createNativeQuery(sql).setParameter("row", row.toString()).executeUpdate();
    }

    /** The columns a bag's records fill: the format's fields, and for scans the bytes read from their files. */
    private static List<String> columns(String table) {
        RecordFormat format = RecordFormat.of(table);
        if (format == RecordFormat.PAGE_IMAGE) {
            return Stream.concat(format.fields().stream(), Stream.of("content", "display_content")).toList();
        }
        if (format == RecordFormat.SOURCE_FILE) {
            return Stream.concat(format.fields().stream(), Stream.of("content")).toList();
        }
        return format.fields();
    }

    private static String hex(Path file) throws IOException {
        return "\\x" + HexFormat.of().formatHex(Files.readAllBytes(file));
    }
}
