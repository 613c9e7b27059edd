package org.emend.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Walking a list page by page while others insert: every record that was there before the
 * walk is seen exactly once, and no record is seen twice.
 */
@QuarkusTest
class PaginationTest {

    @Inject
    TestDatabase database;

    private final ExecutorService writer = Executors.newSingleThreadExecutor();

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @AfterEach
    void stopWriter() {
        writer.shutdownNow();
    }

    @Test
    void shouldNeitherSkipNorRepeatJournalsWhileOthersAreInserted() throws Exception {
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            existing.add(create("/api/v1/journals", Map.of("title", "Journal " + i)));
        }

        List<String> seen = walkWhileInserting("/api/v1/journals?limit=7",
                i -> create("/api/v1/journals", Map.of("title", "Late " + i)));

        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen).containsAll(existing);
    }

    @Test
    void shouldNeitherSkipNorRepeatFootnotesWhileOthersAreInserted() throws Exception {
        String article = Api.newArticle();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            existing.add(create("/api/v1/articles/" + article + "/footnotes", Map.of("language", "en", "text", "n" + i)));
        }

        List<String> seen = walkWhileInserting("/api/v1/articles/" + article + "/footnotes?limit=7",
                i -> create("/api/v1/articles/" + article + "/footnotes", Map.of("language", "en", "text", "late " + i)));

        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen).containsAll(existing);
        assertThat(seen.subList(0, existing.size())).containsExactlyElementsOf(existing);
    }

    private List<String> walkWhileInserting(String firstPage, java.util.function.IntConsumer insert) throws Exception {
        AtomicBoolean walking = new AtomicBoolean(true);
        Future<?> inserts = writer.submit(() -> {
            for (int i = 0; walking.get(); i++) {
                insert.accept(i);
            }
        });
        List<String> seen = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        try {
            do {
                JsonPath page = get(cursor == null ? firstPage : firstPage + "&after=" + cursor).statusCode(200)
                        .extract().jsonPath();
                seen.addAll(page.getList("items.id", String.class));
                cursor = page.getString("nextCursor");
                assertThat(cursor == null || cursors.add(cursor)).as("cursor repeated").isTrue();
            } while (cursor != null && seen.size() < 2_000);
        } finally {
            walking.set(false);
            inserts.get();
        }
        return seen;
    }
}
