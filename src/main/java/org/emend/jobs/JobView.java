package org.emend.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job's progress, as the API shows it. */
@Schema(name = "Job")
public record JobView(UUID id, String kind, UUID subjectId, String status, int total, int done, int failed,
        @Schema(description = "Tasks done a minute, since the job started") Double ratePerMinute,
        @Schema(description = "Seconds until the job should be done, at that rate") Long etaSeconds,
        @Schema(description = "What failed, task by task (the first ten)") List<TaskError> errors, String createdByName,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** A task that failed for good, and why. */
    public record TaskError(int seq, UUID targetId, String error) {
    }

    static JobView of(UUID id, String kind, UUID subjectId, String status, int total, int done, int failed,
            String createdByName, Instant createdAt, Instant startedAt, Instant finishedAt, List<TaskError> errors,
            Instant now) {
        Double rate = null;
        Long eta = null;
        if (startedAt != null && done > 0) {
            double minutes = Math.max(Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis(), 1)
                    / 60_000.0;
            rate = Math.round(done / minutes * 10) / 10.0;
            eta = finishedAt != null ? 0L : Math.round((total - done - failed) / (done / minutes) * 60);
        }
        return new JobView(id, kind, subjectId, status, total, done, failed, rate, eta, errors, createdByName, createdAt,
                startedAt, finishedAt);
    }
}
