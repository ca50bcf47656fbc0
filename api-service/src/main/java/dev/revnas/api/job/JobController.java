package dev.revnas.api.job;

import dev.revnas.api.auth.ApiKeyFilter;
import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.api.system.PageView;
import dev.revnas.db.JobKind;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints search and training jobs share (list, get, cancel, metrics), on one queue of jobs
 * told apart by kind. A subclass maps the path and adds its own submit.
 */
abstract class JobController {
    protected final JobQueue queue;
    protected final JobViews views;
    private final JobKind kind;
    private final String path;

    JobController(JobQueue queue, JobViews views, JobKind kind, String path) {
        this.queue = queue;
        this.views = views;
        this.kind = kind;
        this.path = path;
    }

    /** 201 Created with the new job's Location. */
    protected ResponseEntity<JobView> created(Job job) {
        return ResponseEntity.created(URI.create(path + "/" + job.id())).body(views.view(job));
    }

    @GetMapping
    @RequiresScope(Scope.READ)
    public PageView<JobView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return views.list(kind, status, page, size);
    }

    @GetMapping("/{id}")
    @RequiresScope(Scope.READ)
    public JobView get(@PathVariable UUID id) {
        return views.view(kind, id);
    }

    @Operation(summary = "Cancel: a QUEUED job at once, a RUNNING one within a step")
    @PostMapping("/{id}/cancel")
    @RequiresScope(Scope.SUBMIT)
    public JobView cancel(@PathVariable UUID id, HttpServletRequest request) {
        queue.cancel(views.find(kind, id), ApiKeyFilter.caller(request));
        return views.view(kind, id);
    }

    @Operation(summary = "The job's events: submission, every claim (attempt, worker), checkpoints, expired leases, the end")
    @GetMapping("/{id}/events")
    @RequiresScope(Scope.READ)
    public JobViews.Events events(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.events(kind, id, after);
    }

    @GetMapping("/{id}/metrics")
    @RequiresScope(Scope.READ)
    public JobViews.Metrics metrics(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.metrics(kind, id, after);
    }
}
