package org.emend.oai;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;

@QuarkusTest
class OaiPmhTest {

    @Inject
    TestDatabase database;

    String journal;
    String issue;
    String article;
    String draft;
    String footnote;

    @BeforeEach
    void publishedArticle() {
        database.clear();
        journal = Api.journal();
        issue = Api.issue(journal);
        Api.mergePatch().body(Map.of("publishedOn", "2024-12-01")).patch("/api/v1/issues/" + issue).then().statusCode(200);
        article = Api.article(issue, "美国关键矿产安全联盟的构建", "zh");
        Api.mergePatch().body(Map.of("englishTitle", "The US critical minerals alliance", "status", "published",
                "authors", List.of(Map.of("name", "李冰", "latinName", "Li Bing")), "firstPage", "1", "lastPage", "20"))
                .patch("/api/v1/articles/" + article).then().statusCode(200);
        Api.create("/api/v1/articles/" + article + "/sections",
                Map.of("level", 1, "heading", "一、引言", "text", "关键矿产是大国竞争的焦点。\n\n第二段。"));
        footnote = Api.create("/api/v1/articles/" + article + "/footnotes",
                Map.of("marker", "①", "language", "zh", "text", "参见美国国务院的声明。"));
        Api.create("/api/v1/articles/" + article + "/abstracts",
                Map.of("language", "en", "title", "Abstract", "text", "Critical minerals & the alliance <2024>.",
                        "keywords", List.of("critical minerals", "alliance")));
        draft = Api.article(issue, "草稿", "zh");
    }

    static XmlPath oai(String query) {
        String body = given().get(query.isEmpty() ? "/oai" : "/oai?" + query).then().statusCode(200)
                .contentType(containsString("text/xml")).extract().asString();
        return new XmlPath(body).setRootPath("OAI-PMH");
    }

    private String identifier(String id) {
        return "oai:emend.local:" + id;
    }

    @Test
    void shouldIdentifyTheRepository() {
        XmlPath identify = oai("verb=Identify");
        assertThat(identify.getString("Identify.repositoryName")).isEqualTo("Emend");
        assertThat(identify.getString("Identify.baseURL")).endsWith("/oai");
        assertThat(identify.getString("Identify.protocolVersion")).isEqualTo("2.0");
        assertThat(identify.getString("Identify.deletedRecord")).isEqualTo("persistent");
        assertThat(identify.getString("Identify.granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(identify.getString("Identify.adminEmail")).isEqualTo("archive@example.org");
        assertThat(Instant.parse(identify.getString("Identify.earliestDatestamp")))
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void shouldListFormatsAndSetsByJournalAndIssue() {
        XmlPath formats = oai("verb=ListMetadataFormats");
        assertThat(formats.getList("ListMetadataFormats.metadataFormat.metadataPrefix")).containsExactly("oai_dc", "jats");
        assertThat(oai("verb=ListMetadataFormats&identifier=" + identifier(article))
                .getList("ListMetadataFormats.metadataFormat.metadataPrefix")).containsExactly("oai_dc", "jats");

        XmlPath sets = oai("verb=ListSets");
        assertThat(sets.getList("ListSets.set.setSpec")).containsExactly("journal-" + journal,
                "journal-" + journal + ":issue-" + issue);
        assertThat(sets.getList("ListSets.set.setName")).containsExactly("国际问题研究", "国际问题研究, 2024, no. 6");
    }

    @Test
    void shouldHarvestPublishedArticlesAsDublinCoreAndJats() {
        XmlPath records = oai("verb=ListRecords&metadataPrefix=oai_dc");
        assertThat(records.getList("ListRecords.record.header.identifier")).containsExactly(identifier(article));
        assertThat(records.getList("ListRecords.record.header.setSpec")).containsExactly("journal-" + journal,
                "journal-" + journal + ":issue-" + issue);
        String dc = "ListRecords.record.metadata.dc.";
        assertThat(records.getList(dc + "title")).containsExactly("美国关键矿产安全联盟的构建", "The US critical minerals alliance");
        assertThat(records.getString(dc + "creator")).isEqualTo("李冰 (Li Bing)");
        assertThat(records.getList(dc + "subject")).containsExactly("critical minerals", "alliance");
        assertThat(records.getString(dc + "description")).isEqualTo("Critical minerals & the alliance <2024>.");
        assertThat(records.getString(dc + "source")).isEqualTo("国际问题研究, 2024, no. 6, pp. 1-20");
        assertThat(records.getString(dc + "identifier")).endsWith("/api/v1/articles/" + article);

        XmlPath jats = oai("verb=GetRecord&metadataPrefix=jats&identifier=" + identifier(article));
        String front = "GetRecord.record.metadata.article.front.";
        assertThat(jats.getString(front + "journal-meta.journal-title-group.journal-title")).isEqualTo("国际问题研究");
        assertThat(jats.getString(front + "article-meta.title-group.article-title")).isEqualTo("美国关键矿产安全联盟的构建");
        assertThat(jats.getString(front + "article-meta.abstract.p"))
                .isEqualTo("Critical minerals & the alliance <2024>.");
        assertThat(jats.getList("GetRecord.record.metadata.article.body.sec.p")).containsExactly("关键矿产是大国竞争的焦点。",
                "第二段。");
        assertThat(jats.getString("GetRecord.record.metadata.article.back.fn-group.fn.label")).isEqualTo("①");

        // Drafts are not harvested
        oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(draft));
        assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(draft)).getString("error.@code"))
                .isEqualTo("idDoesNotExist");
    }

    @Test
    void shouldMoveAnArticlesDatestampWhenAFootnoteChanges() throws InterruptedException {
        String before = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article))
                .getString("GetRecord.record.header.datestamp");
        Thread.sleep(1_100);
        Instant edit = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.mergePatch().body(Map.of("text", "参见美国国务院2023年的声明。")).patch("/api/v1/footnotes/" + footnote).then()
                .statusCode(200);

        String after = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article))
                .getString("GetRecord.record.header.datestamp");
        assertThat(Instant.parse(after)).isAfter(Instant.parse(before)).isAfterOrEqualTo(edit);
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + edit).getList("ListIdentifiers.header.identifier"))
                .containsExactly(identifier(article));
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before).getString("error.@code"))
                .isEqualTo("noRecordsMatch");
        assertThat(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=journal-" + journal + ":issue-" + issue)
                .getList("ListIdentifiers.header.identifier")).containsExactly(identifier(article));
    }

    @Test
    void shouldKeepDeletedArticlesAsDeletedRecords() {
        Api.json().delete("/api/v1/articles/" + article).then().statusCode(204);

        XmlPath identifiers = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=journal-" + journal);
        assertThat(identifiers.getString("ListIdentifiers.header.identifier")).isEqualTo(identifier(article));
        assertThat(identifiers.getString("ListIdentifiers.header.@status")).isEqualTo("deleted");
        XmlPath record = oai("verb=GetRecord&metadataPrefix=jats&identifier=" + identifier(article));
        assertThat(record.getString("GetRecord.record.header.@status")).isEqualTo("deleted");
        assertThat(record.getString("GetRecord.record.metadata")).isEmpty();
    }

    @Test
    void shouldNeverRevealArticlesThatWereNeverPublic() {
        // A draft deleted; an article published in an issue that is not out yet, deleted; another
        // deleted once its issue was postponed
        Api.json().delete("/api/v1/articles/" + draft).then().statusCode(204);
        String upcoming = Api.issue(journal, 2030, "1");
        Api.mergePatch().body(Map.of("publishedOn", "2030-01-01")).patch("/api/v1/issues/" + upcoming).then().statusCode(200);
        String early = Api.article(upcoming, "未发表", "zh");
        String withIssue = Api.article(upcoming, "随期删除", "zh");
        for (String id : List.of(early, withIssue)) {
            Api.mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + id).then().statusCode(200);
        }
        Api.json().delete("/api/v1/articles/" + early).then().statusCode(204);
        Api.mergePatch().body(java.util.Collections.singletonMap("publishedOn", null)).patch("/api/v1/issues/" + upcoming)
                .then().statusCode(200);
        Api.json().delete("/api/v1/articles/" + withIssue).then().statusCode(204);
        // ...while the article that was public, deleted, stays a deleted record
        Api.json().delete("/api/v1/articles/" + article).then().statusCode(204);

        for (String id : List.of(draft, early, withIssue)) {
            assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(id)).getString("error.@code"))
                    .as(id).isEqualTo("idDoesNotExist");
        }
        XmlPath identifiers = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
        assertThat(identifiers.getList("ListIdentifiers.header.identifier")).containsExactly(identifier(article));
        assertThat(identifiers.getString("ListIdentifiers.header.@status")).isEqualTo("deleted");
    }

    @Test
    void shouldReportAWithdrawnArticleAsDeletedUntilItIsShownAgain() throws InterruptedException {
        Thread.sleep(1_100);
        Instant withdrawal = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.mergePatch().body(Map.of("status", "draft")).patch("/api/v1/articles/" + article).then().statusCode(200);

        XmlPath changed = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + withdrawal);
        assertThat(changed.getString("ListIdentifiers.header.identifier")).isEqualTo(identifier(article));
        assertThat(changed.getString("ListIdentifiers.header.@status")).isEqualTo("deleted");
        XmlPath record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article));
        assertThat(record.getString("GetRecord.record.header.@status")).isEqualTo("deleted");
        assertThat(record.getString("GetRecord.record.metadata")).isEmpty();
        // A draft that was never published stays unknown
        assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(draft)).getString("error.@code"))
                .isEqualTo("idDoesNotExist");

        Api.mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + article).then().statusCode(200);
        record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article));
        assertThat(record.getString("GetRecord.record.header.@status")).isNullOrEmpty();
        assertThat(record.getString("GetRecord.record.metadata.dc.title")).contains("美国关键矿产安全联盟的构建");

        // An issue taken back out withdraws its articles too
        Api.mergePatch().body(java.util.Collections.singletonMap("publishedOn", null)).patch("/api/v1/issues/" + issue)
                .then().statusCode(200);
        assertThat(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article))
                .getString("GetRecord.record.header.@status")).isEqualTo("deleted");
    }

    /** Every verb, and errors, against the official OAI-PMH and oai_dc schemas (see src/test/resources/oai). */
    @Test
    void shouldAnswerWithValidResponses() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        List<Source> sources = new ArrayList<>();
        for (String file : List.of("xml.xsd", "simpledc20021212.xsd", "oai_dc.xsd", "jats-in-oai.xsd", "OAI-PMH.xsd")) {
            URL url = OaiPmhTest.class.getResource("/oai/" + file);
            sources.add(new StreamSource(url.openStream(), url.toExternalForm()));
        }
        Validator validator = factory.newSchema(sources.toArray(Source[]::new)).newValidator();
        // The schemas do check: an Identify without its admin address fails
        String identify = given().get("/oai?verb=Identify").then().extract().asString()
                .replaceAll("<adminEmail>[^<]*</adminEmail>", "");
        assertThatThrownBy(() -> validator.validate(new StreamSource(new StringReader(identify))))
                .isInstanceOf(SAXException.class);
        Api.json().delete("/api/v1/articles/" + draft).then().statusCode(204);
        for (String query : List.of("verb=Identify", "verb=ListMetadataFormats", "verb=ListSets",
                "verb=ListIdentifiers&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc",
                "verb=ListRecords&metadataPrefix=jats&set=journal-" + journal,
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(article),
                "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier(draft), "verb=Nonsense",
                "verb=ListRecords&metadataPrefix=oai_dc&from=1990-01-01&until=1991-01-01",
                "verb=ListRecords&resumptionToken=garbage")) {
            byte[] body = given().get("/oai?" + query).then().statusCode(200).extract().asByteArray();
            try {
                validator.validate(new StreamSource(new ByteArrayInputStream(body)));
            } catch (SAXException e) {
                throw new AssertionError(query + ": " + e.getMessage() + "\n" + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    @Test
    void shouldAnswerEachBadRequestWithItsProtocolError() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        errors.put("", "badVerb");
        errors.put("verb=Harvest", "badVerb");
        errors.put("verb=Identify&verb=Identify", "badVerb");
        errors.put("verb=Identify&extra=1", "badArgument");
        errors.put("verb=ListRecords", "badArgument");
        errors.put("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument");
        errors.put("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2025-01-01T00:00:00Z", "badArgument");
        errors.put("verb=GetRecord&metadataPrefix=oai_dc", "badArgument");
        errors.put("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat");
        errors.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:emend.local:00000000-0000-7000-8000-000000000000",
                "idDoesNotExist");
        errors.put("verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier", "idDoesNotExist");
        errors.put("verb=ListMetadataFormats&identifier=oai:elsewhere:1", "idDoesNotExist");
        errors.put("verb=ListRecords&metadataPrefix=oai_dc&from=1990-01-01&until=1991-01-01", "noRecordsMatch");
        errors.put("verb=ListIdentifiers&metadataPrefix=oai_dc&set=journal-00000000-0000-7000-8000-000000000000",
                "noRecordsMatch");
        errors.put("verb=ListRecords&resumptionToken=garbage", "badResumptionToken");
        errors.put("verb=ListRecords&resumptionToken=x&metadataPrefix=oai_dc", "badArgument");
        errors.forEach((query, code) -> assertThat(oai(query).getString("error.@code")).as(query).isEqualTo(code));
        // POST with the arguments in the body works as GET does
        given().contentType("application/x-www-form-urlencoded").formParam("verb", "Identify").post("/oai").then()
                .statusCode(200).body("OAI-PMH.Identify.repositoryName", equalTo("Emend"));
        // A body whose percent-encoding is broken is the protocol's badArgument, as a bad query string is
        for (String body : List.of("verb=Identify&x=%zz", "verb=Identify%", "%", "verb=Identify&set=%G1")) {
            String answer = given().contentType("application/x-www-form-urlencoded").body(body).post("/oai").then()
                    .statusCode(200).contentType(containsString("text/xml")).extract().asString();
            assertThat(new XmlPath(answer).setRootPath("OAI-PMH").getString("error.@code")).as(body).isEqualTo("badArgument");
        }
    }
}
