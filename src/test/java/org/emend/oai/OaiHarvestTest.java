package org.emend.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.oai.OaiPmhTest.oai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.testing.Api;
import org.emend.testing.ShortLimits;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.xml.XmlPath;

/** Harvesting in pages, as harvesters do: by our own requests, and by a real harvester (Debian's libhttp-oai-perl). */
@QuarkusTest
@TestProfile(ShortLimits.class)
class OaiHarvestTest {

    /** Two items to a page, so that five articles take three. */

    private static final int ARTICLES = 5;

    @Inject
    TestDatabase database;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    List<String> identifiers = new ArrayList<>();
    String journal;

    @BeforeEach
    void publishedArticles() {
        database.clear();
        journal = Api.journal();
        String issue = Api.issue(journal);
        Api.mergePatch().body(Map.of("publishedOn", "2024-12-01")).patch("/api/v1/issues/" + issue).then().statusCode(200);
        String later = Api.issue(journal, 2025, "1");
        Api.mergePatch().body(Map.of("publishedOn", "2025-03-01")).patch("/api/v1/issues/" + later).then().statusCode(200);
        for (int i = 0; i < ARTICLES; i++) {
            String article = Api.article(issue, "文章 " + i, "zh");
            Api.mergePatch().body(Map.of("status", "published")).patch("/api/v1/articles/" + article).then().statusCode(200);
            identifiers.add("oai:emend.local:" + article);
        }
    }

    @Test
    void shouldPageWithResumptionTokensThatCarryTheirWholeState() throws Exception {
        List<String> harvested = new ArrayList<>();
        XmlPath page = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
        List<String> cursors = new ArrayList<>();
        while (true) {
            harvested.addAll(page.getList("ListIdentifiers.header.identifier"));
            String token = page.getString("ListIdentifiers.resumptionToken");
            assertThat(page.getString("ListIdentifiers.resumptionToken.@completeListSize")).isEqualTo("5");
            cursors.add(page.getString("ListIdentifiers.resumptionToken.@cursor"));
            if (token.isEmpty()) {
                break;
            }
            // A token is the whole state of the list, kept by the client, not the server: it survives
            // a restart and works on any replica; asked twice, it gives the same page twice
            ResumptionToken.Value state = new SimpleResumptionTokenFormat().withGranularity(Granularity.Second).parse(token);
            assertThat(state.getMetadataPrefix()).isEqualTo("oai_dc");
            assertThat(state.getOffset()).isEqualTo(harvested.size());
            assertThat(oai("verb=ListIdentifiers&resumptionToken=" + token).getList("ListIdentifiers.header.identifier"))
                    .isEqualTo(
                            oai("verb=ListIdentifiers&resumptionToken=" + token).getList("ListIdentifiers.header.identifier"));
            page = oai("verb=ListIdentifiers&resumptionToken=" + token);
        }
        assertThat(harvested).containsExactlyInAnyOrderElementsOf(identifiers).doesNotHaveDuplicates();
        assertThat(cursors).containsExactly("0", "2", "4");

        XmlPath sets = oai("verb=ListSets");
        assertThat(sets.getList("ListSets.set.setSpec")).hasSize(2);
        String setsToken = sets.getString("ListSets.resumptionToken");
        assertThat(oai("verb=ListSets&resumptionToken=" + setsToken).getList("ListSets.set.setSpec")).hasSize(1);
        assertThat(oai("verb=ListSets&resumptionToken=").getString("error.@code")).isEqualTo("badResumptionToken");
    }

    /**
     * Debian's OAI-PMH harvester (HTTP::OAI, {@code oai_pmh}) lists every record, following the
     * resumption tokens, and parses each page; it must come back with all five articles.
     */
    @Test
    void shouldServeARealHarvester() throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/oai_pmh"));
        if (!installed && "true".equals(System.getenv("EMEND_REQUIRE_HARVESTER"))) {
            throw new AssertionError("/usr/bin/oai_pmh is missing: apt-get install libhttp-oai-perl");
        }
        Assumptions.assumeTrue(installed, "Debian's libhttp-oai-perl is not installed");
        String baseUrl = "http://localhost:" + port + "/oai";
        for (String format : List.of("oai_dc", "jats")) {
            String output = run("/usr/bin/oai_pmh", "--metadataPrefix", format, baseUrl);
            Matcher identifier = Pattern.compile("oai:emend\\.local:[0-9a-f-]{36}").matcher(output);
            List<String> harvested = new ArrayList<>();
            while (identifier.find()) {
                if (!harvested.contains(identifier.group())) {
                    harvested.add(identifier.group());
                }
            }
            assertThat(harvested).as(output).containsExactlyInAnyOrderElementsOf(identifiers);
        }
        // The other verbs: the harvester exits with an error when a response does not parse or is an error
        run("/usr/bin/oai_pmh", "-X", "Identify", baseUrl);
        assertThat(run("/usr/bin/oai_pmh", "-X", "ListMetadataFormats", baseUrl)).contains("metadataPrefix: oai_dc",
                "metadataPrefix: jats");
        assertThat(run("/usr/bin/oai_pmh", "-X", "ListIdentifiers", "--metadataPrefix", "oai_dc", "--set",
                "journal-" + journal, baseUrl)).contains(identifiers).contains("setSpec: journal-" + journal);
        assertThat(run("/usr/bin/oai_pmh", "-X", "GetRecord", "--metadataPrefix", "jats", "--identifier",
                identifiers.get(0), baseUrl)).contains("<article-title>文章 0</article-title>");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
