package org.emend.testing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.emend.jobs.JobTask;
import org.emend.jobs.TaskHandler;

/** Background tasks for tests: each counts its target's runs, slowly enough that a job can be seen under way. */
@ApplicationScoped
public class CountingTasks implements TaskHandler {

    public static final String KIND = "test-counting";
    private final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobTask task) throws InterruptedException {
        Thread.sleep(20);
        runs.computeIfAbsent(task.targetId(), id -> new AtomicInteger()).incrementAndGet();
    }

    /** Runs per target; through a method, as tests hold a client proxy. */
    public Map<UUID, AtomicInteger> runs() {
        return runs;
    }
}
