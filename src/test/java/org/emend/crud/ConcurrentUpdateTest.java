package org.emend.crud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emend.testing.Api.create;
import static org.emend.testing.Api.get;
import static org.emend.testing.Api.mergePatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Two editors save the same section from the same version: one wins, the other is told. */
@QuarkusTest
class ConcurrentUpdateTest {

    @Inject
    TestDatabase database;

    private final ExecutorService editors = Executors.newFixedThreadPool(2);

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @AfterEach
    void stopEditors() {
        editors.shutdownNow();
    }

    @RepeatedTest(5)
    void shouldLetOneOfTwoWritesFromTheSameVersionWinAndRefuseTheOther() throws Exception {
        String article = Api.newArticle();
        String section = create("/api/v1/articles/" + article + "/sections", Map.of("level", 1, "text", "HRFRRFHREBG"));
        CountDownLatch start = new CountDownLatch(1);

        Future<Response> alice = editors.submit(save(start, section, "美国关键矿产", "\"0\""));
        Future<Response> bob = editors.submit(save(start, section, "关键矿产安全联盟", "\"0\""));
        start.countDown();

        List<Integer> statuses = new ArrayList<>(List.of(alice.get().statusCode(), bob.get().statusCode()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        Response winner = alice.get().statusCode() == 200 ? alice.get() : bob.get();
        Response loser = winner == alice.get() ? bob.get() : alice.get();
        assertThat(loser.contentType()).startsWith(Api.PROBLEM_JSON);
        assertThat(loser.jsonPath().getString("type")).isEqualTo("urn:emend:problem:stale-version");
        get("/api/v1/sections/" + section).statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo(winner.jsonPath().getString("text")))
                .body("version", org.hamcrest.Matchers.equalTo(1));
    }

    private static Callable<Response> save(CountDownLatch start, String section, String text, String ifMatch) {
        return () -> {
            start.await();
            return mergePatch().header("If-Match", ifMatch).body(Map.of("text", text)).patch("/api/v1/sections/" + section);
        };
    }
}
