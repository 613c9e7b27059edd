package org.emend.jobs;

/**
 * Does the work of one kind of task. Runs on a worker thread outside any transaction; a task that
 * throws is tried again (up to {@link JobQueue#MAX_ATTEMPTS} times), so doing it twice must be
 * harmless.
 */
public interface TaskHandler {

    String kind();

    void run(JobTask task) throws Exception;
}
