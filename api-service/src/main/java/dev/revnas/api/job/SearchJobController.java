package dev.revnas.api.job;

import dev.revnas.api.auth.ApiKeyFilter;
import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.db.JobKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
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
@RequestMapping(path = SearchJobController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class SearchJobController extends JobController {
    static final String PATH = "/api/v1/search-jobs";

    SearchJobController(JobQueue queue, JobViews views) {
        super(queue, views, JobKind.SEARCH, PATH);
    }

    @Operation(summary = "Queue a search: the body is a SearchConfig whose \"dataset\" is a dataset id")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SUBMIT)
    public ResponseEntity<JobView> submit(@RequestBody(description = "SearchConfig JSON, e.g. {\"dataset\": \"<id>\", "
            + "\"searchSpace\": {\"ops\": [\"zero\", \"identity\", \"ffn\", \"self_attn_4\", \"sep_conv_3\", \"cross_attn_4\"], "
            + "\"splits\": 2, \"nodes\": 2}, \"encoderLayers\": 2, \"decoderLayers\": 2, \"hidden\": 64, "
            + "\"budget\": {\"steps\": 30}, \"mode\": \"reconstruct\", \"seed\": 1}")
            @org.springframework.web.bind.annotation.RequestBody String body, HttpServletRequest request) {
        return created(queue.submitSearch(body, ApiKeyFilter.caller(request)));
    }

    @Operation(summary = "softmax(α) per edge over time")
    @GetMapping("/{id}/alphas")
    @RequiresScope(Scope.READ)
    public JobViews.Alphas alphas(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long after) {
        return views.alphas(id, after);
    }
}
