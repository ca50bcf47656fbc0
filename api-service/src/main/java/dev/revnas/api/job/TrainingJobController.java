package dev.revnas.api.job;

import dev.revnas.api.auth.ApiKeyFilter;
import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.api.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training-jobs")
public class TrainingJobController {
    private final JobQueue queue;
    private final JobViews views;

    TrainingJobController(JobQueue queue, JobViews views) {
        this.queue = queue;
        this.views = views;
    }

    @Operation(summary = "Queue a training: a TrainConfig plus one of \"searchJob\", \"genotype\" or \"baseline\": true")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SUBMIT)
    public ResponseEntity<JobView> submit(@RequestBody(description = "e.g. {\"searchJob\": \"<id>\", \"hidden\": 64, "
            + "\"encoderLayers\": 2, \"decoderLayers\": 2, \"budget\": {\"steps\": 200}}")
            @org.springframework.web.bind.annotation.RequestBody String body, HttpServletRequest request) {
        Job job = queue.submitTraining(body, ApiKeyFilter.caller(request));
        return ResponseEntity.created(URI.create("/api/v1/training-jobs/" + job.id())).body(views.view(job));
    }

    @GetMapping
    public PageView<JobView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return views.list(JobKind.TRAINING, status, page, size);
    }

    @GetMapping("/{id}")
    public JobView get(@PathVariable UUID id) {
        return views.view(JobKind.TRAINING, id);
    }

    @PostMapping("/{id}/cancel")
    @RequiresScope(Scope.SUBMIT)
    public JobView cancel(@PathVariable UUID id, HttpServletRequest request) {
        queue.cancel(views.find(JobKind.TRAINING, id), ApiKeyFilter.caller(request));
        return views.view(JobKind.TRAINING, id);
    }

    @GetMapping("/{id}/metrics")
    public JobViews.Metrics metrics(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.metrics(JobKind.TRAINING, id, after);
    }
}
