package dev.revnas.api.job;

import dev.revnas.api.model.ModelRepository;
import dev.revnas.api.system.ApiProblem;
import dev.revnas.api.system.JsonText;
import dev.revnas.api.system.PageView;
import dev.revnas.config.SearchConfig;
import dev.revnas.config.SearchSpace;
import dev.revnas.db.JobKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Reads of jobs and of what the worker wrote for them (progress, metric points, α). */
@Service
@Transactional(readOnly = true)
public class JobViews {
    private final JobRepository jobs;
    private final ModelRepository models;
    private final JdbcClient jdbc;
    private final JsonText json;

    JobViews(JobRepository jobs, ModelRepository models, JdbcClient jdbc, JsonText json) {
        this.jobs = jobs;
        this.models = models;
        this.jdbc = jdbc;
        this.json = json;
    }

    public Job find(JobKind kind, UUID id) {
        String what = kind == JobKind.SEARCH ? "search job" : "training job";
        return jobs.findByIdAndKind(id, kind).orElseThrow(() -> ApiProblem.notFound(what, id));
    }

    public JobView view(JobKind kind, UUID id) {
        return view(find(kind, id));
    }

    public PageView<JobView> list(JobKind kind, String status, int page, int size) {
        var request = PageView.request(page, size);
        var result = status == null || status.isBlank() ? jobs.findByKind(kind, request)
                : jobs.findByKindAndStatus(kind, JobStatus.parse(status), request);
        return PageView.of(result, this::view);
    }

    public JobView view(Job j) {
        boolean training = j.kind() == JobKind.TRAINING;
        JsonNode genotype = training || j.status() == JobStatus.SUCCEEDED ? json.tree(j.genotype()) : null;
        UUID model = training && j.status() == JobStatus.SUCCEEDED
                ? models.findByTrainingJobId(j.id()).map(m -> m.id()).orElse(null) : null;
        double percent = Math.round(j.progress() * 1000) / 10.0;
        return new JobView(j.id(), j.kind().name(), j.status(), j.datasetId(), percent, j.etaSeconds(),
                json.tree(j.latestMetrics()), genotype, j.error(), j.attempts(), j.maxAttempts(), j.cancelRequested(),
                j.sourceJobId(), model, training ? j.genotype() == null : null, j.seed(), json.tree(j.config()),
                j.createdAt(), j.startedAt(), j.finishedAt());
    }

    public record Metrics(UUID job, List<MetricPoint> points) {}

    public record AlphaPoint(long step, java.time.Instant at, JsonNode alphas) {}

    /**
     * @param candidates the op names, by stack ("encoder", "decoder"), that the entries of each edge's
     *     weights stand for, in order; an edge named {@code alpha.decoder…} uses the decoder's
     */
    public record Alphas(UUID job, Map<String, List<String>> candidates, List<AlphaPoint> points) {}

    /** The time series, oldest first; {@code after} returns only steps after it (for polling). */
    public Metrics metrics(JobKind kind, UUID id, long after) {
        find(kind, id);
        List<MetricPoint> points = jdbc.sql("select step, epoch, at, train_loss, valid_loss, valid_bleu, tokens_per_second, "
                        + "peak_bytes from metric_points where job_id = :job and step > :after order by step, id")
                .params(Map.of("job", id, "after", after))
                .query((rs, n) -> new MetricPoint(rs.getLong("step"), rs.getInt("epoch"), at(rs), nullable(rs, "train_loss"),
                        nullable(rs, "valid_loss"), nullable(rs, "valid_bleu"), nullable(rs, "tokens_per_second"),
                        rs.getObject("peak_bytes") == null ? null : rs.getLong("peak_bytes")))
                .list();
        return new Metrics(id, points);
    }

    public record Events(UUID job, List<JobEvent> events) {}

    /**
     * What happened to the job, oldest first: submission, each claim and who made it, checkpoints, resumptions,
     * expired leases and the end. {@code after} returns only events after that event id (for polling).
     */
    public Events events(JobKind kind, UUID id, long after) {
        find(kind, id);
        List<JobEvent> events = jdbc.sql("select id, at, type, attempt, worker, message from job_events "
                        + "where job_id = :job and id > :after order by id")
                .params(Map.of("job", id, "after", after))
                .query((rs, n) -> new JobEvent(rs.getLong("id"), at(rs), rs.getString("type"), rs.getInt("attempt"),
                        rs.getString("worker"), rs.getString("message")))
                .list();
        return new Events(id, events);
    }

    /** softmax(α) per edge as the search reported it, oldest first. */
    public Alphas alphas(UUID id, long after) {
        SearchSpace space = SearchConfig.parse(find(JobKind.SEARCH, id).config(), "stored config").searchSpace();
        Map<String, List<String>> candidates = Map.of("encoder", space.encoderCandidates(), "decoder", space.decoderCandidates());
        List<AlphaPoint> points = jdbc.sql("select step, at, alphas from metric_points where job_id = :job and step > :after "
                        + "and alphas is not null order by step, id")
                .params(Map.of("job", id, "after", after))
                .query((rs, n) -> new AlphaPoint(rs.getLong("step"), at(rs),
                        json.tree(rs.getString("alphas"))))
                .list();
        return new Alphas(id, candidates, points);
    }

    private static java.time.Instant at(ResultSet rs) throws SQLException {
        return rs.getObject("at", OffsetDateTime.class).toInstant();
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
