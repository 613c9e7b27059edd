package org.emend.jobs;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A job as lists read it. Read only: the queue writes jobs and their tasks with SQL of its own
 * ({@link JobQueue}), where claiming a task must lock and skip in one statement.
 */
@Entity
@Immutable
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;

    public String kind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String status;

    public int total;

    public int done;

    public int failed;

    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
