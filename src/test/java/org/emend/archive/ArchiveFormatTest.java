package org.emend.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Bags survive upgrades: the records a bag holds are named by the archive format, not by whatever
 * the schema is today; a bag of today's format, committed, restores after every migration with
 * every record as it was; and a malformed bag is refused with what is wrong, writing nothing.
 */
@QuarkusTest
class ArchiveFormatTest {

    /**
     * Made by {@link #regenerateTheFixture()}: the sample with edits, a revert, a replacement, a
     * scan and an OCR run whose draft was taken in a block; and a PDF with its page's scan.
     */
    private static final String FIXTURE = "/archive/emend-archive-2.zip";
    /** The same of format 1, before OCR runs and source PDFs (without the PDF and the run). */
    private static final String FIXTURE_1 = "/archive/emend-archive-1.zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestDatabase database;

    @TempDir
    Path temp;

    @BeforeEach
    void empty() {
        database.clear();
    }

    @Test
    void shouldNameEveryColumnOfEveryArchivedTableInTheRecordFormat() {
        for (RecordFormat format : RecordFormat.values()) {
            List<String> columns = List.of(database.queryString("""
                    SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = '%s' AND is_generated = 'NEVER'"""
                    .formatted(format.table())).split(","));
            List<String> archived = new ArrayList<>(format.fields());
            if (format == RecordFormat.PAGE_IMAGE) {
                archived.addAll(List.of("content", "display_content"));
            }
            if (format == RecordFormat.SOURCE_FILE) {
                archived.add("content");
            }
            assertThat(columns).as("""
                    The columns of %s changed: name the new or renamed ones in RecordFormat.%s, with a new archive \
                    format version (ArchiveFormat.CURRENT) and an upgrade of the older versions' records""".formatted(
                    format.table(), format.name())).containsExactlyInAnyOrderElementsOf(archived);
        }
    }

    @Test
    void shouldRestoreTheCommittedBagOfTodaysFormatRecordForRecord() throws IOException {
        byte[] fixture = fixture(FIXTURE);
        Path committed = BagFolders.unzip(fixture, temp.resolve("committed"));

        restore(fixture).then().statusCode(201).body("articles", equalTo(5)).body("images", equalTo(2));
        assertThat(database.queryString("SELECT count(*) FROM ocr_run")).isEqualTo("1");
        assertThat(database.queryString("SELECT count(*) FROM section WHERE ocr_run_id IS NOT NULL")).isNotEqualTo("0");
        assertThat(database.queryString("SELECT count(*) FROM revision WHERE ocr_run_id IS NOT NULL")).isNotEqualTo("0");
        assertThat(database.queryString("SELECT byte_size FROM source_file")).isNotNull();

        String issue = committed.resolve("data").toFile().listFiles()[0].listFiles(java.io.File::isDirectory)[0].getName();
        byte[] again = given().get("/api/v1/exports/issues/" + issue + "?format=zip").then().statusCode(200).extract()
                .asByteArray();
        Path exported = BagFolders.unzip(again, temp.resolve("exported"));
        List<String> paths = BagFolders.payload(committed).stream().map(file -> BagFolders.relative(committed, file))
                .toList();
        assertThat(BagFolders.payload(exported).stream().map(file -> BagFolders.relative(exported, file)))
                .containsExactlyElementsOf(paths);
        for (String path : paths) {
            if (path.endsWith(".json")) {
                assertThat(JSON.readTree(exported.resolve(path).toFile())).as(path)
                        .isEqualTo(JSON.readTree(committed.resolve(path).toFile()));
            } else {
                assertThat(exported.resolve(path)).as(path).hasSameBinaryContentAs(committed.resolve(path));
            }
        }
        String info = Files.readString(exported.resolve("bag-info.txt"));
        assertThat(info).contains("Emend-Archive-Format: emend-archive/2")
                .containsPattern("(?m)^Emend-Schema-Version: \\d+$");
    }

    /** A bag of format 1 still restores: its records as they were, drafted by no OCR run. */
    @Test
    void shouldRestoreTheCommittedBagOfFormat1() throws IOException {
        byte[] fixture = fixture(FIXTURE_1);
        Path committed = BagFolders.unzip(fixture, temp.resolve("committed"));

        restore(fixture).then().statusCode(201).body("articles", equalTo(4)).body("images", equalTo(1));

        String issue = committed.resolve("data").toFile().listFiles()[0].listFiles(java.io.File::isDirectory)[0].getName();
        Path exported = BagFolders.unzip(given().get("/api/v1/exports/issues/" + issue + "?format=zip").then()
                .statusCode(200).extract().asByteArray(), temp.resolve("exported"));
        for (Path file : BagFolders.payload(committed)) {
            String path = BagFolders.relative(committed, file);
            if (path.endsWith("article.json")) {
                JsonNode again = withoutFormat2(JSON.readTree(exported.resolve(path).toFile()));
                assertThat(again).as(path).isEqualTo(JSON.readTree(file.toFile()));
            }
        }
    }

    /** An article record of format 2 as format 1 had it: no OCR runs, no source file, no run ids. */
    private static JsonNode withoutFormat2(JsonNode article) {
        ObjectNode copy = (ObjectNode) article.deepCopy();
        copy.remove(List.of("ocrRuns", "sourceFile"));
        for (String list : List.of("sections", "footnotes", "abstracts", "revisions")) {
            copy.get(list).forEach(record -> ((ObjectNode) record).remove("ocr_run_id"));
        }
        return copy;
    }

    record Mutation(String name, Change change, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Change {
        void apply(Path root) throws IOException;
    }

    static Stream<Mutation> mutations() {
        return Stream.of(
                new Mutation("bagit.txt missing", root -> Files.delete(root.resolve("bagit.txt")), "no BagIt bag"),
                new Mutation("a listed file missing", root -> Files.delete(BagFolders.find(root, "article.xml")),
                        "missing"),
                new Mutation("a file no manifest lists",
                        root -> Files.writeString(root.resolve("data/extra.txt"), "smuggled"), "not listed"),
                new Mutation("article.json not JSON", json(root -> null, "{ not json"), "is not JSON"),
                new Mutation("article.json an array", json(root -> null, "[1, 2]"), "is not a JSON object"),
                new Mutation("no article record", article(article -> article.remove("article")), "has no article record"),
                new Mutation("an id that is not a UUID",
                        article(article -> ((ObjectNode) article.get("article")).put("id", "42")), "article.id"),
                new Mutation("sections not a list", article(article -> article.put("sections", "none")),
                        "sections is not a list"),
                new Mutation("a number of the wrong type",
                        article(article -> ((ObjectNode) article.get("sections").get(0)).put("ordinal", "first")),
                        "does not fit"),
                new Mutation("a required value missing",
                        article(article -> ((ObjectNode) article.get("sections").get(0)).remove("text")), "does not fit"),
                new Mutation("a scan missing", remanifested(root -> {
                    try (Stream<Path> files = Files.walk(root.resolve("data"))) {
                        Files.delete(files.filter(file -> file.toString().endsWith(".png")).findFirst().orElseThrow());
                    }
                }), "scan"),
                new Mutation("a newer format", remanifested(root -> Files.writeString(root.resolve("bag-info.txt"),
                        Files.readString(root.resolve("bag-info.txt")).replace("emend-archive/2", "emend-archive/99"))),
                        "emend-archive/99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void shouldRefuseAMalformedBagAndWriteNothing(Mutation mutation) throws IOException {
        Path root = BagFolders.unzip(fixture(FIXTURE), temp.resolve("bag"));
        mutation.change().apply(root);
        Map<String, String> before = database.snapshot();

        restore(BagFolders.zip(root)).then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:invalid-bag"))
                .body("errors.message", hasItem(containsString(mutation.problem())));
        assertThat(database.snapshot()).isEqualTo(before);
        assertThat(database.queryString("SELECT count(*) FROM restore_log")).isEqualTo("0");
    }

    private static Change json(java.util.function.Function<Path, Object> ignored, String text) {
        return remanifested(root -> Files.writeString(BagFolders.find(root, "article.json"), text));
    }

    private static Change article(java.util.function.Consumer<ObjectNode> edit) {
        return remanifested(root -> {
            Path file = BagFolders.find(root, "article.json");
            ObjectNode article = (ObjectNode) JSON.readTree(file.toFile());
            edit.accept(article);
            JSON.writeValue(file.toFile(), article);
        });
    }

    private static Change remanifested(Change change) {
        return root -> {
            change.apply(root);
            BagFolders.remanifest(root);
        };
    }

    /**
     * Writes the fixture anew: run with -Demend.archive.regenerate-fixture=true when the archive
     * format gets a new version (keeping the older fixture, which restores must go on reading).
     */
    @Test
    @EnabledIfSystemProperty(named = "emend.archive.regenerate-fixture", matches = "true")
    void regenerateTheFixture() throws IOException {
        var imported = given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract().jsonPath();
        String issue = imported.getString("issueId");
        String article = imported.getString("articleIds[0]");
        List<String> sections = given().get("/api/v1/articles/" + article + "/sections?limit=500").then().extract()
                .path("items.id");
        Api.mergePatch().header("If-Match", "\"0\"").body(Map.of("text", "第一次修改", "comment", "first"))
                .patch("/api/v1/sections/" + sections.get(0)).then().statusCode(200);
        Api.mergePatch().header("If-Match", "\"1\"").body(Map.of("text", "第二次修改", "status", "corrected"))
                .patch("/api/v1/sections/" + sections.get(0)).then().statusCode(200);
        String first = given().get("/api/v1/sections/" + sections.get(0) + "/revisions").then().extract().path("items[0].id");
        Api.json().header("If-Match", "\"2\"").body(Map.of("comment", "back")).post("/api/v1/revisions/" + first + "/revert")
                .then().statusCode(201);
        Map<String, Object> search = Map.of("scope", Map.of("kind", "article", "id", article), "find", "the",
                "replacement", "THE", "regex", false, "matchCase", true);
        List<String> hits = Api.json().body(search).post("/api/v1/replacements/preview").then().statusCode(200).extract()
                .path("hits.id");
        Api.json().body(Map.of("search", search, "accept", hits.subList(0, Math.min(3, hits.size()))))
                .post("/api/v1/changesets").then().statusCode(201);
        String page = given().get("/api/v1/articles/" + article + "/pages?limit=1").then().extract().path("items[0].id");
        BufferedImage image = new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        given().contentType("image/png").body(png.toByteArray()).put("/api/v1/pages/" + page + "/image").then()
                .statusCode(200);
        // Format 2: an OCR run of the page, its draft taken in a block; a PDF kept with its article
        String hocr = new String(ArchiveFormatTest.class.getResourceAsStream("/ocr/article-page.hocr").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        database.execute("""
                INSERT INTO ocr_run (id, page_id, engine, engine_version, languages, settings, mean_confidence, text, hocr)
                VALUES ('01a22f00-0000-7000-8000-000000000001', '%s', 'tesseract', '5.3.0', 'chi_sim+eng', '--psm 3', 91.5,
                        'text', '%s')""".formatted(page, hocr.replace("'", "''")));
        Map<String, Object> draft = given().get("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(200).extract()
                .path("blocks.find { it.changes && it.blockId != null }");
        Api.json().body(Map.of("blocks", List.of(Map.of("key", draft.get("key"), "version", draft.get("version")))))
                .post("/api/v1/pages/" + page + "/ocr-draft").then().statusCode(200);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage pdfPage = new org.apache.pdfbox.pdmodel.PDPage(
                    org.apache.pdfbox.pdmodel.common.PDRectangle.A6);
            document.addPage(pdfPage);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, pdfPage)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(30, 350);
                content.showText("A born-digital page of the same issue.");
                content.endText();
            }
            document.save(pdf);
        }
        List<String> jobs = given().contentType("application/pdf").body(pdf.toByteArray())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6&title=PDF").then().statusCode(201).extract()
                .path("jobIds");
        jobs.forEach(org.emend.testing.Jobs::awaitDone);
        byte[] bag = given().get("/api/v1/exports/issues/" + issue + "?format=zip").then().statusCode(200).extract()
                .asByteArray();
        Files.write(Path.of("src/test/resources" + FIXTURE), bag);
    }

    private static byte[] fixture(String name) throws IOException {
        try (var in = ArchiveFormatTest.class.getResourceAsStream(name)) {
            assertThat(in).as("the committed fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Response restore(byte[] bag) {
        return given().multiPart("bag", "bag.zip", bag, "application/zip").post("/api/v1/restores");
    }
}
