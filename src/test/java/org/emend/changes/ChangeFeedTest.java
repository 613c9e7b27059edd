package org.emend.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.PROBLEM_JSON;
import static org.emend.testing.Api.anonymous;
import static org.emend.testing.Api.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    TestDatabase database;

    @Inject
    AgroalDataSource dataSource;

    private String head;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
        head = get("/api/v1/changes?limit=1000").extract().path("nextCursor");
    }

    @Test
    void shouldListEveryChangeInOrderWithTombstones() {
        String journal = Api.journal();
        Api.mergePatch().body(Map.of("publisher", "China Institute of International Studies"))
                .patch("/api/v1/journals/" + journal).then().statusCode(200);
        anonymous().header("Authorization", "Bearer " + Api.ADMIN_TOKEN).delete("/api/v1/journals/" + journal).then()
                .statusCode(204);

        JsonPath feed = get("/api/v1/changes?since=" + head).statusCode(200).extract().jsonPath();
        assertThat(feed.getList("items.operation")).containsExactly("created", "updated", "deleted");
        assertThat(feed.getList("items.id")).containsOnly(journal);
        assertThat(feed.getList("items.kind")).containsOnly("journal");
        assertThat(feed.getList("items.version", Integer.class)).containsExactly(0, 1, 1);
        assertThat(feed.getList("items.by")).containsOnly("token EMEND_ADMIN_TOKEN");
        assertThat(feed.getString("nextCursor")).isEqualTo(feed.getString("items[2].cursor"));

        // Continuing from the cursor gives nothing more, and the same cursor back
        get("/api/v1/changes?since=" + feed.getString("nextCursor")).body("items", hasSize(0))
                .body("nextCursor", equalTo(feed.getString("nextCursor")));
        // A limit pages through it
        String first = get("/api/v1/changes?limit=1&since=" + head).body("items", hasSize(1))
                .extract().path("nextCursor");
        get("/api/v1/changes?limit=5&since=" + first).body("items.operation", contains("updated", "deleted"));
    }

    @Test
    void shouldReportChildrenDeletedWithTheirArticle() {
        String article = Api.newArticle();
        String page = Api.page(article, "p. 1");
        String cursor = get("/api/v1/changes?since=" + head + "&limit=1000").extract().path("nextCursor");

        anonymous().header("Authorization", "Bearer " + Api.ADMIN_TOKEN).delete("/api/v1/articles/" + article).then()
                .statusCode(204);

        JsonPath feed = get("/api/v1/changes?since=" + cursor).extract().jsonPath();
        Map<String, String> deleted = new HashMap<>();
        for (int i = 0; i < feed.getList("items").size(); i++) {
            deleted.put(feed.getString("items[" + i + "].id"), feed.getString("items[" + i + "].operation"));
        }
        assertThat(deleted).containsEntry(article, "deleted").containsEntry(page, "deleted");
    }

    @Test
    void shouldRefuseABadCursorAndWaitLimits() {
        get("/api/v1/changes?since=yesterday").statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("since"));
        get("/api/v1/changes?wait=5m").statusCode(422).body("errors[0].field", equalTo("wait"));
        get("/api/v1/changes?limit=0").statusCode(400);
        anonymous().get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void shouldHoldALongPollUntilAChangeCommits() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            long start = System.nanoTime();
            Future<JsonPath> waiting = executor.submit(() -> get("/api/v1/changes?wait=20s&since=" + head)
                    .statusCode(200).extract().jsonPath());
            Thread.sleep(1_000);
            assertThat(waiting.isDone()).isFalse();
            String journal = Api.journal();
            JsonPath answer = waiting.get(20, TimeUnit.SECONDS);
            assertThat(answer.getList("items.id")).contains(journal);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(15));
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Writers commit out of order (each takes its transaction id, then sleeps a random while before
     * committing, some roll back) while a reader polls the feed; at the end the reader has seen each
     * committed change exactly once and no rolled-back one.
     */
    @Test
    void shouldNeverSkipNorRepeatAChangeWhileWritersCommitConcurrently() throws Exception {
        int writers = 8;
        int transactionsEach = 80;
        Set<UUID> committed = ConcurrentHashMap.newKeySet();
        Set<UUID> rolledBack = ConcurrentHashMap.newKeySet();
        List<UUID> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(writers);
        CountDownLatch polled = new CountDownLatch(1);
        AtomicInteger pollsWhileWriting = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = executor.submit(() -> {
                String cursor = head;
                boolean drained = false;
                while (!drained) {
                    boolean finished = !writing.get();
                    JsonPath page = Api.anonymous().header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                            .get("/api/v1/changes?limit=1000&since=" + cursor).then().statusCode(200).extract().jsonPath();
                    page.getList("items.id", String.class).forEach(id -> seen.add(UUID.fromString(id)));
                    cursor = page.getString("nextCursor");
                    drained = finished && page.getList("items").isEmpty();
                    polled.countDown();
                    if (!finished) {
                        pollsWhileWriting.incrementAndGet();
                    }
                }
                return null;
            });
            // The reader keeps up with the head while the writers run
            assertThat(polled.await(30, TimeUnit.SECONDS)).isTrue();
            for (int w = 0; w < writers; w++) {
                long seed = 1_000 + w;
                executor.submit(() -> {
                    Random random = new Random(seed);
                    try {
                        for (int t = 0; t < transactionsEach; t++) {
                            write(random, committed, rolledBack);
                        }
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
            writing.set(false);
            reader.get(120, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(Set.copyOf(seen)).isEqualTo(committed);
        assertThat(seen).doesNotContainAnyElementsOf(rolledBack);
        assertThat(committed).hasSizeGreaterThan(300);
        // The reader really raced the writers rather than reading after them
        assertThat(pollsWhileWriting.get()).isGreaterThan(10);
    }

    /**
     * One transaction: one to three journals, a random pause holding the transaction open, then commit or (rarely) rollback.
     */
    private void write(Random random, Set<UUID> committed, Set<UUID> rolledBack) throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO journal (id, title, created_at, updated_at, version) VALUES (?, ?, now(), now(), 0)")) {
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setString(2, "journal " + id);
                    insert.executeUpdate();
                    ids.add(id);
                }
            }
            Thread.sleep(random.nextInt(30));
            if (random.nextInt(10) == 0) {
                connection.rollback();
                rolledBack.addAll(ids);
            } else {
                connection.commit();
                committed.addAll(ids);
            }
        }
    }
}
