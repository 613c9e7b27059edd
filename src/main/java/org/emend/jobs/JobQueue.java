package org.emend.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.failure.Failure;
import org.emend.persistence.Ids;
import org.emend.persistence.Rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The queue of background work, in PostgreSQL: jobs split into tasks, which workers of every
 * replica take with {@code FOR UPDATE SKIP LOCKED}. A task taken holds a lease; when its worker
 * dies the lease runs out and another worker takes it again, so nothing is lost on a restart.
 */
@ApplicationScoped
public class JobQueue {

    /** Tries of a task before it fails for good. */
    public static final int MAX_ATTEMPTS = 3;
    private static final Keyset<Job> NEWEST_FIRST = Keyset.descending(Keyset.uuid("id", job -> job.id));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    JobQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Queues a job with a task per target, in order, in the caller's transaction; its id. */
    @Transactional(TxType.MANDATORY)
    public UUID enqueue(String kind, UUID subjectId, List<UUID> targets, String createdBy) {
        return enqueue(kind, subjectId, targets, createdBy, Map.of());
    }

    /** The same, with options its tasks are done with. */
    @Transactional(TxType.MANDATORY)
    public UUID enqueue(String kind, UUID subjectId, List<UUID> targets, String createdBy, Map<String, String> options) {
        UUID id = Ids.next();
        entityManager.createNativeQuery("""
                INSERT INTO job (id, kind, subject_id, status, total, created_by_name, options)
                VALUES (:id, :kind, :subject, 'queued', :total, :by, CAST(:options AS jsonb))""").setParameter("id", id)
                .setParameter("kind", kind).setParameter("subject", subjectId).setParameter("total", targets.size())
                .setParameter("by", createdBy).setParameter("options", json(options)).executeUpdate();
        entityManager.createNativeQuery(
                """
                        INSERT INTO job_task (job_id, seq, target_id, status)
                        SELECT :job, t.seq - 1, t.target, 'queued' FROM unnest(CAST(:targets AS uuid[])) WITH ORDINALITY AS t(target, seq)""")
                .setParameter("job", id).setParameter("targets", targets.toArray(UUID[]::new)).executeUpdate();
        return id;
    }

    /** Takes the next task to do, or one whose worker's lease ran out; null when there is none. */
    public JobTask claim(String worker, Duration lease) {
        return claim(worker, lease, null);
    }

    /** The same, from these jobs only ({@code null}: any). */
    @Transactional(TxType.REQUIRES_NEW)
    public JobTask claim(String worker, Duration lease, List<UUID> only) {
        List<ClaimedTask> rows = Rows.list(entityManager.createNativeQuery(
                """
                        UPDATE job_task t SET status = 'running', attempts = t.attempts + 1, worker = :worker,
                               lease_until = now() + make_interval(secs => :lease)
                        FROM job j
                        WHERE t.id = (SELECT o.id FROM job_task o JOIN job c ON c.id = o.job_id
                                      WHERE (o.status = 'queued' OR (o.status = 'running' AND o.lease_until < now()))
                                        AND c.status <> 'cancelled'
                                        AND (CAST(:only AS uuid[]) IS NULL OR o.job_id = ANY (CAST(:only AS uuid[])))
                                      ORDER BY o.id FOR UPDATE OF o SKIP LOCKED LIMIT 1)
                          AND j.id = t.job_id
                        RETURNING t.id, t.job_id, j.kind, j.subject_id, t.target_id, t.seq, t.attempts, CAST(j.options AS text) AS options""")
                .setParameter("worker", worker).setParameter("lease", (double) lease.toSeconds())
                .setParameter("only", only == null ? null : only.toArray(UUID[]::new)), ClaimedTask.class);
        if (rows.isEmpty()) {
            return null;
        }
        ClaimedTask row = rows.get(0);
        JobTask task = new JobTask(row.id(), row.jobId(), row.kind(), row.subjectId(), row.targetId(), row.seq(),
                row.attempts(), options(row.options()));
        entityManager.createNativeQuery("""
                UPDATE job SET status = 'running', started_at = coalesce(started_at, now())
                WHERE id = :job AND status = 'queued'""").setParameter("job", task.jobId()).executeUpdate();
        return task;
    }

    /** Keeps a task's lease while its worker is still at it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void extend(JobTask task, String worker, Duration lease) {
        entityManager.createNativeQuery("""
                UPDATE job_task SET lease_until = now() + make_interval(secs => :lease)
                WHERE id = :id AND worker = :worker AND status = 'running'""").setParameter("id", task.id())
                .setParameter("worker", worker).setParameter("lease", (double) lease.toSeconds()).executeUpdate();
    }

    /** Records a task done (unless it was cancelled or taken over meanwhile) and moves its job on. */
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(JobTask task, String worker) {
        int updated = entityManager.createNativeQuery("""
                UPDATE job_task SET status = 'done', lease_until = NULL, error = NULL
                WHERE id = :id AND worker = :worker AND status = 'running'""").setParameter("id", task.id())
                .setParameter("worker", worker).executeUpdate();
        if (updated > 0) {
            count(task.jobId(), "done");
        }
    }

    /** A task that threw: tried again later, or failed for good after {@link #MAX_ATTEMPTS} tries. */
    @Transactional(TxType.REQUIRES_NEW)
    public void fail(JobTask task, String worker, String error) {
        boolean last = task.attempts() >= MAX_ATTEMPTS;
        int updated = entityManager.createNativeQuery("""
                UPDATE job_task SET status = :status, lease_until = NULL, error = :error
                WHERE id = :id AND worker = :worker AND status = 'running'""").setParameter("id", task.id())
                .setParameter("worker", worker).setParameter("status", last ? "failed" : "queued")
                .setParameter("error", error).executeUpdate();
        if (updated > 0 && last) {
            count(task.jobId(), "failed");
        }
    }

    private void count(UUID job, String column) {
        entityManager.createNativeQuery("""
                UPDATE job SET %1$s = %1$s + 1,
                       status = CASE WHEN status = 'cancelled' THEN status
                                     WHEN done + failed + 1 < total THEN 'running'
                                     WHEN failed + (CASE WHEN '%1$s' = 'failed' THEN 1 ELSE 0 END) > 0 THEN 'failed'
                                     ELSE 'done' END,
                       finished_at = CASE WHEN done + failed + 1 >= total THEN now() ELSE finished_at END
                WHERE id = :job""".formatted(column)).setParameter("job", job).executeUpdate();
    }

    /** Stops a job: its tasks not yet taken are not done; those under way finish. */
    @Transactional
    public JobView cancel(UUID id) {
        require(id);
        entityManager.createNativeQuery("UPDATE job_task SET status = 'cancelled' WHERE job_id = :id AND status = 'queued'")
                .setParameter("id", id).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE job SET status = 'cancelled', finished_at = now() WHERE id = :id AND status IN ('queued', 'running')""")
                .setParameter("id", id).executeUpdate();
        return view(id);
    }

    /** The jobs still working on a subject (an import): queued or running, oldest first. */
    @SuppressWarnings("unchecked")
    public List<JobView> activeFor(UUID subjectId) {
        return activeFor(List.of(subjectId));
    }

    /** The jobs under way on any of these subjects, oldest first. */
    @SuppressWarnings("unchecked")
    public List<JobView> activeFor(java.util.Collection<UUID> subjects) {
        List<UUID> ids = entityManager.createNativeQuery(
                """
                        SELECT id FROM job WHERE subject_id IN (:subjects) AND status IN ('queued', 'running') ORDER BY created_at, id""")
                .setParameter("subjects", subjects).getResultList();
        return ids.stream().map(this::view).toList();
    }

    /** What an issue's jobs work on: the issue itself, its articles' imports, its articles. */
    @SuppressWarnings("unchecked")
    public List<UUID> subjectsOfIssue(UUID issueId) {
        List<UUID> subjects = new ArrayList<>(List.of(issueId));
        subjects.addAll(entityManager.createNativeQuery(
                "SELECT DISTINCT coalesce(import_id, id) FROM article WHERE issue_id = :issue").setParameter("issue", issueId)
                .getResultList());
        return subjects;
    }

    /** Stops every job working on a subject (an import about to be replaced), in the caller's transaction. */
    @Transactional(TxType.MANDATORY)
    public void cancelFor(UUID subjectId) {
        entityManager.createNativeQuery("""
                UPDATE job_task SET status = 'cancelled'
                WHERE status = 'queued' AND job_id IN (SELECT id FROM job WHERE subject_id = :subject)""")
                .setParameter("subject", subjectId).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE job SET status = 'cancelled', finished_at = now()
                WHERE subject_id = :subject AND status IN ('queued', 'running')""").setParameter("subject", subjectId)
                .executeUpdate();
    }

    /** Queues again the tasks of a job that failed or were cancelled. */
    @Transactional
    public JobView retry(UUID id) {
        require(id);
        int again = entityManager.createNativeQuery("""
                UPDATE job_task SET status = 'queued', attempts = 0, error = NULL
                WHERE job_id = :id AND status IN ('failed', 'cancelled')""").setParameter("id", id).executeUpdate();
        if (again > 0) {
            entityManager.createNativeQuery("""
                    UPDATE job SET status = 'queued', failed = 0, finished_at = NULL WHERE id = :id""")
                    .setParameter("id", id).executeUpdate();
        }
        return view(id);
    }

    /** Jobs newest first, those in one of {@code statuses} (all when empty), each with its first failures. */
    public ListPage<JobView> list(List<String> statuses, PageRequest page) {
        Filter filter = statuses.isEmpty() ? Filter.all() : Filter.all().and("e.status in :statuses", "statuses", statuses);
        ListPage<Job> jobs = Lists.entities(Job.class, filter, NEWEST_FIRST, page);
        Map<UUID, List<JobView.TaskError>> errors = failures(jobs.items().stream().map(job -> job.id).toList());
        Instant now = Instant.now();
        return jobs.map(job -> JobView.of(job.id, job.kind, job.subjectId, job.status, job.total, job.done, job.failed,
                job.createdByName, job.createdAt, job.startedAt, job.finishedAt, errors.getOrDefault(job.id, List.of()), now));
    }

    /** The first ten tasks that failed for good of each job, in one query. */
    private Map<UUID, List<JobView.TaskError>> failures(List<UUID> jobs) {
        if (jobs.isEmpty()) {
            return Map.of();
        }
        List<TaskFailure> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT job_id, seq, target_id, error FROM (
                    SELECT job_id, seq, target_id, error, row_number() OVER (PARTITION BY job_id ORDER BY seq) AS n
                    FROM job_task WHERE job_id IN (:jobs) AND status = 'failed') failures
                WHERE n <= 10 ORDER BY job_id, seq""").setParameter("jobs", jobs), TaskFailure.class);
        Map<UUID, List<JobView.TaskError>> errors = new HashMap<>();
        rows.forEach(row -> errors.computeIfAbsent(row.jobId(), job -> new ArrayList<>())
                .add(new JobView.TaskError(row.seq(), row.targetId(), row.error())));
        return errors;
    }

    public JobView view(UUID id) {
        JobRow row = require(id);
        List<JobView.TaskError> errors = failures(List.of(id)).getOrDefault(id, List.of());
        return JobView.of(row.id(), row.kind(), row.subjectId(), row.status(), row.total(), row.done(), row.failed(),
                row.createdByName(), row.createdAt(), row.startedAt(), row.finishedAt(), errors, Instant.now());
    }

    /** The jobs working on each of these subjects (imports), oldest first, in one query. */
    public Map<UUID, List<UUID>> jobsFor(List<UUID> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        List<SubjectJob> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT subject_id, id AS job_id FROM job WHERE subject_id IN (:subjects) ORDER BY subject_id, created_at, id""")
                .setParameter("subjects", subjects), SubjectJob.class);
        Map<UUID, List<UUID>> jobs = new HashMap<>();
        rows.forEach(row -> jobs.computeIfAbsent(row.subjectId(), subject -> new ArrayList<>()).add(row.jobId()));
        return jobs;
    }

    private static String json(Map<String, String> options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, String> options(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's options are not a map of strings: " + json, e);
        }
    }

    private record ClaimedTask(long id, UUID jobId, String kind, UUID subjectId, UUID targetId, int seq, int attempts,
            String options) {
    }

    private record TaskFailure(UUID jobId, int seq, UUID targetId, String error) {
    }

    private record SubjectJob(UUID subjectId, UUID jobId) {
    }

    private record JobRow(UUID id, String kind, UUID subjectId, String status, int total, int done, int failed,
            String createdByName, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    private JobRow require(UUID id) {
        List<JobRow> rows = Rows.list(entityManager.createNativeQuery("""
                SELECT id, kind, subject_id, status, total, done, failed, created_by_name, created_at, started_at, finished_at
                FROM job WHERE id = :id""").setParameter("id", id), JobRow.class);
        if (rows.isEmpty()) {
            throw Failure.notFound("job", id);
        }
        return rows.get(0);
    }

}
