package dev.revnas.api.model;

import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.api.system.JsonText;
import dev.revnas.api.system.PageView;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
public class ModelController {
    private final ModelRepository models;
    private final Deployments deployments;
    private final JsonText json;

    ModelController(ModelRepository models, Deployments deployments, JsonText json) {
        this.models = models;
        this.deployments = deployments;
        this.json = json;
    }

    @GetMapping
    @RequiresScope(Scope.READ)
    public PageView<ModelView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(models.findAll(PageView.request(page, size)), m -> ModelView.of(m, json));
    }

    @GetMapping("/{id}")
    @RequiresScope(Scope.READ)
    public ModelView get(@PathVariable UUID id) {
        return ModelView.of(deployments.find(id), json);
    }

    @Operation(summary = "The model artifact directory as a zip")
    @GetMapping(value = "/{id}/artifact", produces = "application/zip")
    @RequiresScope(Scope.READ)
    public ResponseEntity<StreamingResponseBody> artifact(@PathVariable UUID id) {
        Model m = deployments.find(id);
        Path dir = deployments.artifact(m);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StreamingResponseBody zip = out -> {
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (Path f : files) {
                    z.putNextEntry(new ZipEntry(m.name() + "/" + dir.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(m.name() + ".zip").build().toString())
                .body(zip);
    }

    @Operation(summary = "Serve the model: writes deployed/<name>.json, which translation-service loads (admin)")
    @PostMapping("/{id}/deploy")
    @RequiresScope(Scope.ADMIN)
    public ModelView deploy(@PathVariable UUID id) {
        return ModelView.of(deployments.deploy(id), json);
    }

    @PostMapping("/{id}/undeploy")
    @RequiresScope(Scope.ADMIN)
    public ModelView undeploy(@PathVariable UUID id) {
        return ModelView.of(deployments.undeploy(id), json);
    }
}
