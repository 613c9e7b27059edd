package org.emend.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * This replica's workers: each takes a task from the queue, does it with the handler of its kind,
 * records the outcome, and takes the next; when the queue is empty it looks again a moment later.
 * A lease, renewed while the task runs, tells the other replicas the task is in hand.
 */
@ApplicationScoped
public class JobWorkers {

    private static final Logger LOG = Logger.getLogger(JobWorkers.class);

    private final JobQueue queue;
    private final Map<String, TaskHandler> handlers = new HashMap<>();
    private final int workers;
    private final Duration poll;
    /** How long a task stays a worker's without word from it: a dead worker's task is taken again after this. */
    private final Duration lease;
    private final String name;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Counter tasksDone;
    private final Counter tasksFailed;
    private ExecutorService executor;
    private ScheduledExecutorService leases;

    JobWorkers(JobQueue queue, Instance<TaskHandler> handlers, MeterRegistry registry,
            @ConfigProperty(name = "emend.jobs.workers") java.util.Optional<Integer> workers,
            @ConfigProperty(name = "emend.jobs.poll", defaultValue = "PT2S") Duration poll,
            @ConfigProperty(name = "emend.jobs.lease", defaultValue = "PT2M") Duration lease) {
        this.lease = lease;
        this.queue = queue;
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.workers = workers.orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        this.poll = poll;
        this.name = ManagementFactory.getRuntimeMXBean().getName();
        this.tasksDone = Counter.builder("emend.jobs.tasks").tag("outcome", "done").description("Background tasks done")
                .register(registry);
        this.tasksFailed = Counter.builder("emend.jobs.tasks").tag("outcome", "failed")
                .description("Background tasks that threw").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (workers <= 0) {
            return;
        }
        running.set(true);
        executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "emend-job-worker");
            thread.setDaemon(true);
            return thread;
        });
        leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "emend-job-leases");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < workers; i++) {
            String worker = name + "/" + i;
            executor.submit(() -> work(worker));
        }
        LOG.infof("%d background worker(s) started", workers);
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        if (executor != null) {
            executor.shutdownNow();
            leases.shutdownNow();
        }
    }

    /**
     * Does these jobs' tasks in the calling thread until every job has ended, telling
     * {@code progress} after each task: how a command does its own import's background work.
     */
    public List<JobView> runHere(List<UUID> jobs, Consumer<List<JobView>> progress) throws InterruptedException {
        String worker = name + "/here";
        while (true) {
            JobTask task = queue.claim(worker, lease, jobs);
            if (task != null) {
                run(task, worker);
            }
            List<JobView> views = jobs.stream().map(queue::view).toList();
            progress.accept(views);
            if (views.stream().noneMatch(view -> view.status().equals("queued") || view.status().equals("running"))) {
                return views;
            }
            if (task == null) {
                // The rest is in another worker's hands
                Thread.sleep(poll.toMillis());
            }
        }
    }

    private void work(String worker) {
        while (running.get()) {
            try {
                JobTask task = queue.claim(worker, lease);
                if (task == null) {
                    Thread.sleep(poll.toMillis());
                    continue;
                }
                run(task, worker);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database out of reach, say: look again after a pause
                LOG.warnf("Background worker %s: %s", worker, e.getMessage());
                try {
                    Thread.sleep(poll.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run(JobTask task, String worker) {
        TaskHandler handler = handlers.get(task.kind());
        long renewEvery = Math.max(1, lease.toMillis() / 2);
        ScheduledExecutorService renewals = leases != null ? leases : Executors.newSingleThreadScheduledExecutor();
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> queue.extend(task, worker, lease), renewEvery,
                renewEvery, TimeUnit.MILLISECONDS);
        try {
            if (handler == null) {
                throw new IllegalStateException("No handler for tasks of kind " + task.kind());
            }
            handler.run(task);
            queue.complete(task, worker);
            tasksDone.increment();
        } catch (Exception e) {
            tasksFailed.increment();
            LOG.warnf("Task %d of job %s (%s, try %d) failed: %s", task.id(), task.jobId(), task.kind(), task.attempts(),
                    e.getMessage());
            queue.fail(task, worker, String.valueOf(e.getMessage()));
        } finally {
            renewal.cancel(false);
            if (renewals != leases) {
                renewals.shutdownNow();
            }
        }
    }
}
