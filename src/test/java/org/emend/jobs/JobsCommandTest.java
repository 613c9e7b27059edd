package org.emend.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.emend.testing.ChineseScans;
import org.emend.testing.CommandLineSession;
import org.emend.testing.CountingTasks;
import org.emend.testing.Samples;
import org.emend.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** {@code emend jobs} and {@code emend ocr}: a running Emend's background work, from the command line. */
@QuarkusTest
class JobsCommandTest {

    @Inject
    TestDatabase database;

    @Inject
    JobQueue queue;

    CommandLineSession commands;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
        commands = CommandLineSession.overApi();
    }

    @Test
    void shouldShowAndFollowAJobToItsEnd() {
        UUID job = enqueue(20);

        assertThat(commands.run("jobs", "show", job.toString())).as(commands.err()).isZero();
        assertThat(commands.out()).startsWith(job + "  test-counting ").contains("/20");

        assertThat(commands.run("jobs", "watch", job.toString())).as(commands.err()).isZero();
        assertThat(commands.out()).contains("  test-counting 20/20 done");
    }

    @Test
    void shouldCancelAJobAndRetryIt() {
        UUID job = enqueue(2000);

        assertThat(commands.run("jobs", "cancel", job.toString())).as(commands.err()).isZero();
        assertThat(commands.out()).contains(job + "  test-counting ").contains(" cancelled");
        // Following a cancelled job ends at once, and says it did not end well
        assertThat(commands.run("jobs", "watch", job.toString())).isEqualTo(1);

        assertThat(commands.run("jobs", "retry", job.toString())).as(commands.err()).isZero();
        assertThat(database.queryString("SELECT status FROM job WHERE id = '" + job + "'")).isIn("queued", "running");
        commands.run("jobs", "cancel", job.toString());
    }

    @Test
    void shouldListTheJobsOfAStatus() {
        assertThat(commands.run("jobs", "list")).isZero();
        assertThat(commands.out().strip()).isEqualTo("No job");
        UUID cancelled = enqueue(2000);
        UUID other = enqueue(2000);
        commands.run("jobs", "cancel", cancelled.toString());

        assertThat(commands.run("jobs", "list", "--status", "cancelled,failed")).as(commands.err()).isZero();

        assertThat(commands.out()).contains(cancelled + "  test-counting ").doesNotContain(other + "  test-counting");
        commands.run("jobs", "cancel", other.toString());
    }

    @Test
    void shouldSayWhenThereIsNoSuchJob() {
        assertThat(commands.run("jobs", "show", "0190a0a0-0000-7000-8000-000000000000")).isEqualTo(1);
        assertThat(commands.err().strip()).isEqualTo("Not found: No job with id 0190a0a0-0000-7000-8000-000000000000");
    }

    @Test
    void shouldReadAnArticleAgainAndFollowTheJob() throws Exception {
        ChineseScans.assumeOcrTools();
        assertThat(commands.run("import", Samples.SCANNED_PAGE.toString(), "--journal", "国际问题研究", "--year", "2025",
                "--language", "zh",
                "--wait")).as(commands.err()).isZero();
        String article = database.queryString("SELECT id FROM article");

        assertThat(commands.run("ocr", "--article", article, "--language", "chi_sim", "--wait")).as(commands.err()).isZero();

        assertThat(commands.out()).contains("Queued job ").contains("1 page to read").contains("OCR 1/1 done");
        assertThat(database.count("ocr_run")).isEqualTo(2);
        // A page with neither PDF nor scan: the server's reason, in a line
        assertThat(commands.run("ocr", "--issue", "0190a0a0-0000-7000-8000-000000000000")).isEqualTo(1);
        assertThat(commands.err()).contains("Not found");
    }

    private UUID enqueue(int tasks) {
        List<UUID> targets = IntStream.range(0, tasks).mapToObj(i -> UUID.randomUUID()).toList();
        return QuarkusTransaction.requiringNew()
                .call(() -> queue.enqueue(CountingTasks.KIND, UUID.randomUUID(), targets, "test"));
    }
}
