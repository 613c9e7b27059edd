package org.emend.archive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.emend.benchmark.SyntheticDump;
import org.emend.testing.Api;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The archive's promise: import, edit, export, wipe, restore, and every API answer is what it was,
 * history included; the bag passes the Library of Congress's BagIt verifier and its articles
 * validate against the JATS 1.3 Archiving DTD.
 */
@QuarkusTest
class ArchiveRoundTripTest {

    @Inject
    TestDatabase database;

    @TempDir
    Path temp;

    private String issue;
    private String article;

    private void sampleWithEdits() throws IOException {
        database.clear();
        var imported = given().contentType("text/plain; charset=UTF-8").body(Samples.criticalMinerals())
                .post("/api/v1/imports?journal=国际问题研究&year=2024&issue=6").then().statusCode(201).extract().jsonPath();
        issue = imported.getString("issueId");
        article = imported.getString("articleIds[0]");
        List<String> sections = given().get("/api/v1/articles/" + article + "/sections?limit=500").then().extract()
                .path("items.id");
        // History: two saves and a revert, a find-and-replace changeset, a scan
        Api.mergePatch().header("If-Match", "\"0\"").body(Map.of("text", "第一次修改", "comment", "first"))
                .patch("/api/v1/sections/" + sections.get(0)).then().statusCode(200);
        Api.mergePatch().header("If-Match", "\"1\"").body(Map.of("text", "第二次修改"))
                .patch("/api/v1/sections/" + sections.get(0)).then().statusCode(200);
        String first = given().get("/api/v1/sections/" + sections.get(0) + "/revisions").then().extract().path("items[0].id");
        json().header("If-Match", "\"2\"").body(Map.of("comment", "back")).post("/api/v1/revisions/" + first + "/revert")
                .then().statusCode(201);
        Map<String, Object> search = Map.of("scope", Map.of("kind", "article", "id", article), "find", "the",
                "replacement", "THE", "regex", false, "matchCase", true);
        List<String> hits = json().body(search).post("/api/v1/replacements/preview").then().statusCode(200).extract()
                .path("hits.id");
        json().body(Map.of("search", search, "accept", hits.subList(0, Math.min(3, hits.size())))).post("/api/v1/changesets")
                .then().statusCode(201);
        String page = given().get("/api/v1/articles/" + article + "/pages?limit=1").then().extract().path("items[0].id");
        given().contentType("image/png").body(png()).put("/api/v1/pages/" + page + "/image").then().statusCode(200);
    }

    /** Every record's answer (and ETag) the API gives, by path. */
    private Map<String, String> everyAnswer() {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/v1/journals", "/api/v1/issues", "/api/v1/articles?limit=500",
                "/api/v1/revisions?articleId=" + article + "&limit=500"));
        for (String journal : given().get("/api/v1/journals").then().extract().<List<String>> path("items.id")) {
            paths.add("/api/v1/journals/" + journal);
        }
        for (String id : given().get("/api/v1/issues").then().extract().<List<String>> path("items.id")) {
            paths.add("/api/v1/issues/" + id);
        }
        for (String id : given().get("/api/v1/articles?limit=500").then().extract().<List<String>> path("items.id")) {
            paths.add("/api/v1/articles/" + id + "?include=pages,sections,footnotes,abstracts");
            paths.add("/api/v1/articles/" + id + "/revisions?limit=500");
            for (String kind : List.of("pages", "sections", "footnotes", "abstracts")) {
                paths.add("/api/v1/articles/" + id + "/" + kind + "?limit=500");
                for (String block : given().get("/api/v1/articles/" + id + "/" + kind + "?limit=500").then().extract()
                        .<List<String>> path("items.id")) {
                    paths.add("/api/v1/" + kind + "/" + block);
                    if (!kind.equals("pages")) {
                        paths.add("/api/v1/" + kind + "/" + block + "/revisions");
                    }
                }
            }
        }
        for (String revision : given().get("/api/v1/revisions?articleId=" + article + "&limit=500").then().extract()
                .<List<String>> path("items.id")) {
            paths.add("/api/v1/revisions/" + revision);
        }
        for (String changeset : given().get("/api/v1/revisions?articleId=" + article + "&limit=500").then().extract()
                .<List<String>> path("items.changesetId")) {
            if (changeset != null) {
                paths.add("/api/v1/changesets/" + changeset);
            }
        }
        for (String path : paths) {
            Response answer = given().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            answers.put(path, answer.header("ETag") + " " + answer.asString());
        }
        String page = given().get("/api/v1/articles/" + article + "/pages?limit=1").then().extract().path("items[0].id");
        Response image = given().get("/api/v1/pages/" + page + "/image?original=true");
        answers.put("image", image.statusCode() + " " + image.header("ETag") + " " + Arrays.hashCode(image.asByteArray()));
        return answers;
    }

    private byte[] export(String format) {
        return given().get("/api/v1/exports/issues/" + issue + "?format=" + format).then().statusCode(200)
                .header("Content-Disposition", containsString("emend-issue-" + issue)).extract()
                .asByteArray();
    }

    private static Response restore(byte[] bag, String query) {
        return given().multiPart("bag", "bag.zip", bag, "application/zip").post("/api/v1/restores" + query);
    }

    @Test
    void shouldRestoreEverythingAsItWasAfterAWipe() throws Exception {
        sampleWithEdits();
        Map<String, String> before = everyAnswer();
        int articles = given().get("/api/v1/articles?limit=500").then().extract().<List<?>> path("items").size();
        byte[] bag = export("zip");

        database.clear();
        assertThat(given().get("/api/v1/articles").then().extract().<List<?>> path("items")).isEmpty();
        restore(bag, "").then().statusCode(201).body("articles", equalTo(articles)).body("journals", equalTo(1))
                .body("issues", equalTo(1)).body("images", equalTo(1));

        assertSameAnswers(everyAnswer(), before);
        // Again: the records exist now, so only replace=true goes through, and changes nothing
        restore(bag, "").then().statusCode(409).contentType(PROBLEM_JSON);
        restore(bag, "?replace=true").then().statusCode(201);
        given().multiPart("bag", "bag.zip", bag, "application/zip").multiPart("replace", "true").post("/api/v1/restores")
                .then().statusCode(201);
        assertSameAnswers(everyAnswer(), before);
    }

    private static void assertSameAnswers(Map<String, String> after, Map<String, String> before) {
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, answer) -> assertThat(after.get(path)).as(path).isEqualTo(answer));
    }

    /** The same on a generated corpus: a 300-page article with some 1,500 blocks, as a tar. */
    @Test
    void shouldRestoreAGeneratedCorpusAsItWas() throws Exception {
        database.clear();
        var imported = given().contentType("text/plain; charset=UTF-8").body(SyntheticDump.ofPages(300))
                .post("/api/v1/imports?journal=Generated&year=1998&issue=2").then().statusCode(201).extract().jsonPath();
        issue = imported.getString("issueId");
        article = imported.getString("articleIds[0]");
        String footnote = given().get("/api/v1/articles/" + article + "/footnotes?limit=1").then().extract()
                .path("items[0].id");
        Api.mergePatch().header("If-Match", "\"0\"").body(Map.of("text", "改正的注释", "status", "corrected"))
                .patch("/api/v1/footnotes/" + footnote).then().statusCode(200);
        Map<String, String> before = everyAnswer();
        byte[] bag = export("tar");

        database.clear();
        given().multiPart("bag", "bag.tar", bag, "application/x-tar").post("/api/v1/restores").then().statusCode(201);
        assertSameAnswers(everyAnswer(), before);
    }

    @Test
    void shouldWriteBagsTheLibraryOfCongressVerifierAccepts() throws Exception {
        sampleWithEdits();
        for (String format : List.of("zip", "tar")) {
            Path folder = temp.resolve(format);
            byte[] bag = export(format);
            if (format.equals("zip")) {
                unzip(bag, folder);
            } else {
                Files.createDirectories(folder);
                Path tar = temp.resolve("bag.tar");
                Files.write(tar, bag);
                assertThat(new ProcessBuilder("tar", "-xf", tar.toString(), "-C", folder.toString()).inheritIO().start()
                        .waitFor()).isZero();
            }
            Path root;
            try (Stream<Path> children = Files.list(folder)) {
                root = children.findFirst().orElseThrow();
            }
            Bag read = new BagReader().read(root);
            try (BagVerifier verifier = new BagVerifier()) {
                verifier.isValid(read, false);
            }
            assertThat(read.getMetadata().get("Payload-Oxum")).isNotEmpty();
            assertThat(read.getPayLoadManifests()).hasSize(2);
            assertThat(Files.readString(root.resolve("bag-info.txt"))).contains("Source-Organization: Emend",
                    "External-Identifier: issue:" + issue, "Bag-Software-Agent:", "Bagging-Date:");
            // Manifests come after the payload in the archive
            if (format.equals("zip")) {
                List<String> order = entries(bag);
                assertThat(order.indexOf(order.stream().filter(name -> name.endsWith("manifest-sha256.txt")).findFirst()
                        .orElseThrow())).isGreaterThan(order.indexOf(order.stream().filter(name -> name.contains("/data/"))
                                .reduce((a, b) -> b).orElseThrow()));
            }
        }
        // One changed byte: the verifier refuses the bag, and so does a restore, which writes nothing
        Path root;
        try (Stream<Path> children = Files.list(temp.resolve("zip"))) {
            root = children.findFirst().orElseThrow();
        }
        Path articleXml;
        try (Stream<Path> files = Files.walk(root)) {
            articleXml = files.filter(file -> file.getFileName().toString().equals("article.xml")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(articleXml);
        bytes[bytes.length / 2] ^= 1;
        Files.write(articleXml, bytes);
        Bag tampered = new BagReader().read(root);
        assertThatThrownBy(() -> {
            try (BagVerifier verifier = new BagVerifier()) {
                verifier.isValid(tampered, false);
            }
        }).isInstanceOf(Exception.class);

        database.clear();
        Map<String, String> empty = database.snapshot();
        restore(zip(root), "").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:emend:problem:invalid-bag"))
                .body("errors.message", hasItem(containsString("checksum does not match")));
        assertThat(database.snapshot()).isEqualTo(empty);
        restore("not a bag".getBytes(StandardCharsets.UTF_8), "").then().statusCode(422).contentType(PROBLEM_JSON);
        assertThat(database.snapshot()).isEqualTo(empty);
        byte[] whole = zip(root);
        restore(java.util.Arrays.copyOf(whole, whole.length / 2), "").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.message", hasItem(containsString("damaged or cut short")));
        assertThat(database.snapshot()).isEqualTo(empty);
    }

    @Test
    void shouldWriteArticlesThatValidateAgainstTheJatsArchivingDtd() throws Exception {
        Path dtd = Path
                .of(System.getenv().getOrDefault("EMEND_JATS_DTD", "target/jats-dtds/schema/1.3/JATS-archivearticle1-3.dtd"));
        if (!Files.exists(dtd) && "true".equals(System.getenv("EMEND_REQUIRE_JATS_DTD"))) {
            throw new AssertionError(dtd + " is missing: npm pack @jats4r/dtds (see .ci/run)");
        }
        Assumptions.assumeTrue(Files.exists(dtd), "the JATS DTDs are not here (see .ci/run)");
        sampleWithEdits();
        Path folder = temp.resolve("jats");
        unzip(export("zip"), folder);
        List<Path> articles;
        try (Stream<Path> files = Files.walk(folder)) {
            articles = files.filter(file -> file.getFileName().toString().equals("article.xml")).toList();
        }
        assertThat(articles).isNotEmpty();
        for (Path xml : articles) {
            Process xmllint = new ProcessBuilder("xmllint", "--noout", "--nonet", "--dtdvalid", dtd.toAbsolutePath().toString(),
                    xml.toString()).redirectErrorStream(true).start();
            String output = new String(xmllint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xmllint.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(xmllint.exitValue()).as(xml + "\n" + output).isZero();
        }
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** A folder zipped again, as a bag whose contents someone changed. */
    private static byte[] zip(Path root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
                Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("bag/" + root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
