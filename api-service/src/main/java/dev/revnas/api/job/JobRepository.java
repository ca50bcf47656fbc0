package dev.revnas.api.job;

import dev.revnas.db.JobKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, UUID> {
    Page<Job> findByKind(JobKind kind, Pageable pageable);

    Page<Job> findByKindAndStatus(JobKind kind, JobStatus status, Pageable pageable);

    Optional<Job> findByIdAndKind(UUID id, JobKind kind);

    /** Conditional updates: a worker may claim the job between our read and this write. */
    @Modifying(clearAutomatically = true)
    @Query("update Job j set j.status = dev.revnas.api.job.JobStatus.CANCELLED, j.finishedAt = :now, j.updatedAt = :now "
            + "where j.id = :id and j.status = dev.revnas.api.job.JobStatus.QUEUED")
    int cancelQueued(UUID id, Instant now);

    @Modifying(clearAutomatically = true)
    @Query("update Job j set j.cancelRequested = true, j.updatedAt = :now "
            + "where j.id = :id and j.status = dev.revnas.api.job.JobStatus.RUNNING")
    int requestCancel(UUID id, Instant now);

    @Query("select j.kind as kind, j.status as status, count(j) as count from Job j group by j.kind, j.status")
    List<StateCount> countByKindAndStatus();

    interface StateCount {
        JobKind getKind();

        JobStatus getStatus();

        long getCount();
    }

    @Query("select j from Job j where j.finishedAt > :since and j.startedAt is not null order by j.finishedAt")
    List<Job> finishedSince(Instant since);
}
