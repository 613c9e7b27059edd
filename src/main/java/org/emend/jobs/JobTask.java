package org.emend.jobs;

import java.util.Map;
import java.util.UUID;

/**
 * One unit of a job's work, as a worker took it: its target (a page), its place in the job, and
 * the job's options (an OCR job's chosen languages, say).
 */
public record JobTask(long id, UUID jobId, String kind, UUID subjectId, UUID targetId, int seq, int attempts,
        Map<String, String> options) {
}
