package dev.revnas.api.job;

import dev.revnas.api.auth.ApiKeyFilter;
import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.db.JobKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = TrainingJobController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
public class TrainingJobController extends JobController {
    static final String PATH = "/api/v1/training-jobs";

    TrainingJobController(JobQueue queue, JobViews views) {
        super(queue, views, JobKind.TRAINING, PATH);
    }

    @Operation(summary = "Queue a training: a TrainConfig plus one of \"searchJob\", \"genotype\" or \"baseline\": true",
            description = "The baseline may take \"matchParams\": a SUCCEEDED search's id or a genotype; its FFN width is then "
                    + "chosen so that its parameter count is within 2% of that genotype's network.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SUBMIT)
    public ResponseEntity<JobView> submit(@RequestBody(description = "e.g. {\"searchJob\": \"<id>\", \"hidden\": 64, "
            + "\"encoderLayers\": 2, \"decoderLayers\": 2, \"budget\": {\"steps\": 200}}")
            @org.springframework.web.bind.annotation.RequestBody String body, HttpServletRequest request) {
        return created(queue.submitTraining(body, ApiKeyFilter.caller(request)));
    }
}
