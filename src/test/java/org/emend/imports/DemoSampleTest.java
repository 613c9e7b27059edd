package org.emend.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.ShortLimits;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With {@code emend.import.demo} on, a first start imports the bundled sample; later starts do not. */
@QuarkusTest
@TestProfile(ShortLimits.class)
class DemoSampleTest {

    @Inject
    TestDatabase database;

    @Inject
    DemoSample demo;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void shouldImportTheSampleOnceIntoAnEmptyDatabase() {
        demo.importOnFirstStart(null);
        demo.importOnFirstStart(null);

        assertThat(database.count("ocr_import")).isEqualTo(1);
        assertThat(database.queryString("SELECT title FROM article WHERE NOT abstract_only")).isEqualTo("美国关键矿产安全联盟");
        assertThat(database.queryString("SELECT count(*) FROM page")).isEqualTo("21");
        // Published: the quick start's anonymous reader sees it
        Api.anonymous().get("/api/v1/articles").then().statusCode(200).body("items.title", hasItem("美国关键矿产安全联盟"));
    }
}
