package org.emend.jobs;

import java.util.UUID;

/** One unit of a job's work, as a worker took it: its target (a page) and its place in the job. */
public record JobTask(long id, UUID jobId, String kind, UUID subjectId, UUID targetId, int seq, int attempts) {
}
