package org.emend.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.emend.testing.Api;
import org.emend.testing.CountingTasks;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The queue's promises: every task is done exactly once though a worker dies holding one (its
 * lease runs out and another takes it); a cancelled job stops, and a retried one finishes; the
 * API shows the progress.
 */
@QuarkusTest
class JobQueueTest {

    @Inject
    JobQueue queue;

    @Inject
    CountingTasks handler;

    @Inject
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.clear();
        handler.runs().clear();
    }

    private UUID enqueue(List<UUID> targets) {
        return QuarkusTransaction.requiringNew()
                .call(() -> queue.enqueue(CountingTasks.KIND, UUID.randomUUID(), targets, "test"));
    }

    @Test
    void shouldDoEveryTaskOnceThoughAWorkerDiesHoldingOne() throws InterruptedException {
        List<UUID> targets = IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();
        UUID job = enqueue(targets);
        // A worker of a replica that dies right after taking a task: it never finishes it
        JobTask orphan = queue.claim("replica-killed/0", Duration.ofSeconds(1));
        assertThat(orphan).isNotNull();

        awaitFinished(job);

        given().get("/api/v1/jobs/" + job).then().statusCode(200).body("status", equalTo("done")).body("total", equalTo(12))
                .body("done", equalTo(12)).body("failed", equalTo(0)).body("kind", equalTo(CountingTasks.KIND));
        assertThat(handler.runs().keySet()).containsExactlyInAnyOrderElementsOf(targets);
        assertThat(handler.runs().values()).allSatisfy(runs -> assertThat(runs.get()).isEqualTo(1));
        // The dead worker's late word changes nothing
        queue.complete(orphan, "replica-killed/0");
        given().get("/api/v1/jobs/" + job).then().body("done", equalTo(12));
    }

    @Test
    void shouldStopACancelledJobAndFinishItOnRetry() throws InterruptedException {
        List<UUID> targets = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();
        UUID job = enqueue(targets);

        Api.json().post("/api/v1/jobs/" + job + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"));
        Thread.sleep(500);
        int doneWhenCancelled = handler.runs().size();
        assertThat(doneWhenCancelled).isLessThan(200);
        Thread.sleep(500);
        assertThat(handler.runs().size()).as("no task is taken once the job is cancelled")
                .isLessThanOrEqualTo(doneWhenCancelled + 2);

        Api.json().post("/api/v1/jobs/" + job + "/retry").then().statusCode(200).body("status", equalTo("queued"));
        awaitFinished(job);
        given().get("/api/v1/jobs/" + job).then().body("status", equalTo("done")).body("done", equalTo(200));
        assertThat(handler.runs().keySet()).hasSize(200);
    }

    /** What a replaced import does to the work on the old one: every job of its subject stops at once. */
    @Test
    void shouldStopEveryJobOfASubject() throws InterruptedException {
        UUID subject = UUID.randomUUID();
        List<UUID> targets = IntStream.range(0, 200).mapToObj(i -> UUID.randomUUID()).toList();
        UUID job = QuarkusTransaction.requiringNew().call(() -> queue.enqueue(CountingTasks.KIND, subject, targets, "test"));

        QuarkusTransaction.requiringNew().run(() -> queue.cancelFor(subject));
        Thread.sleep(300);
        int ran = handler.runs().size();
        Thread.sleep(500);

        assertThat(queue.view(job).status()).isEqualTo("cancelled");
        assertThat(handler.runs().size()).isLessThan(200).isLessThanOrEqualTo(ran + 2);
    }

    @Test
    void shouldListJobsNewestFirstByStatusInPagesWithWhatFailed() {
        UUID first = enqueue(List.of(UUID.randomUUID()));
        UUID second = enqueue(IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID()).toList());
        UUID third = enqueue(List.of(UUID.randomUUID()));
        queue.cancel(second);
        database.execute("UPDATE job_task SET status = 'failed', error = 'boom' WHERE job_id = '" + second + "' AND seq = 0");

        String next = given().get("/api/v1/jobs?limit=2").then().statusCode(200)
                .body("items.id", equalTo(List.of(third.toString(), second.toString())))
                .body("items[1].errors[0].error", equalTo("boom")).extract().path("nextCursor");
        given().queryParam("after", next).get("/api/v1/jobs?limit=2").then()
                .body("items.id", equalTo(List.of(first.toString()))).body("nextCursor", equalTo(null));
        given().get("/api/v1/jobs?status=cancelled,failed").then().body("items.id", equalTo(List.of(second.toString())));
        given().get("/api/v1/jobs?status=finished").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("detail",
                        equalTo("Query parameter status is one of queued, running, done, failed, cancelled, not finished"));
        Api.anonymous().get("/api/v1/jobs").then().statusCode(401);
    }

    @Test
    void shouldAnswerUnknownJobsWithAProblemAndKeepJobsFromAnonymousCallers() {
        given().get("/api/v1/jobs/" + UUID.randomUUID()).then().statusCode(404);
        Api.anonymous().get("/api/v1/jobs/" + UUID.randomUUID()).then().statusCode(401);
    }

    private void awaitFinished(UUID job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (List.of("queued", "running").contains(queue.view(job).status())) {
            assertThat(System.currentTimeMillis()).as("job finished within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
