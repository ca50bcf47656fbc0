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
@RequestMapping("/api/v1/search-jobs")
public class SearchJobController {
    private final JobQueue queue;
    private final JobViews views;

    SearchJobController(JobQueue queue, JobViews views) {
        this.queue = queue;
        this.views = views;
    }

    @Operation(summary = "Queue a search: the body is a SearchConfig whose \"dataset\" is a dataset id")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SUBMIT)
    public ResponseEntity<JobView> submit(@RequestBody(description = "SearchConfig JSON, e.g. {\"dataset\": \"<id>\", "
            + "\"searchSpace\": {\"ops\": [\"zero\", \"identity\", \"ffn\", \"self_attn_4\", \"sep_conv_3\", \"cross_attn_4\"], "
            + "\"splits\": 2, \"nodes\": 2}, \"encoderLayers\": 2, \"decoderLayers\": 2, \"hidden\": 64, "
            + "\"budget\": {\"steps\": 30}, \"mode\": \"reconstruct\", \"seed\": 1}")
            @org.springframework.web.bind.annotation.RequestBody String body, HttpServletRequest request) {
        Job job = queue.submitSearch(body, ApiKeyFilter.caller(request));
        return ResponseEntity.created(URI.create("/api/v1/search-jobs/" + job.id())).body(views.view(job));
    }

    @GetMapping
    public PageView<JobView> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return views.list(JobKind.SEARCH, status, page, size);
    }

    @GetMapping("/{id}")
    public JobView get(@PathVariable UUID id) {
        return views.view(JobKind.SEARCH, id);
    }

    @Operation(summary = "Cancel: a QUEUED job at once, a RUNNING one within a step")
    @PostMapping("/{id}/cancel")
    @RequiresScope(Scope.SUBMIT)
    public JobView cancel(@PathVariable UUID id, HttpServletRequest request) {
        queue.cancel(views.find(JobKind.SEARCH, id), ApiKeyFilter.caller(request));
        return views.view(JobKind.SEARCH, id);
    }

    @GetMapping("/{id}/metrics")
    public JobViews.Metrics metrics(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.metrics(JobKind.SEARCH, id, after);
    }

    @Operation(summary = "softmax(α) per edge over time")
    @GetMapping("/{id}/alphas")
    public JobViews.Alphas alphas(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.alphas(id, after);
    }
}
