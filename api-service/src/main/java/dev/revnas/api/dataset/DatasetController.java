package dev.revnas.api.dataset;

import dev.revnas.api.auth.RequiresScope;
import dev.revnas.api.auth.Scope;
import dev.revnas.api.system.ApiProblem;
import dev.revnas.api.system.PageView;
import dev.revnas.store.ArtifactStore;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/v1/datasets", produces = MediaType.APPLICATION_JSON_VALUE)
public class DatasetController {
    private final DatasetRepository datasets;
    private final CorpusImport corpora;

    DatasetController(DatasetRepository datasets, CorpusImport corpora) {
        this.datasets = datasets;
        this.corpora = corpora;
    }

    /** Names and paths are printable: PostgreSQL cannot store a NUL, and no file path holds one. */
    static final String PRINTABLE = "[^\\p{Cntrl}]*";

    /** A corpus directory on the server, as {@code bin/revnas corpus build} writes it. */
    public record RegisterDataset(@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE, message = "must not contain control characters")
            String name, @NotBlank @Pattern(regexp = PRINTABLE, message = "must not contain control characters") String path) {}

    @Operation(summary = "Register a built corpus directory (admin: it reads the server's file system); it is verified and copied into the artifact store")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ADMIN)
    public ResponseEntity<DatasetView> register(@Valid @RequestBody RegisterDataset request) {
        Path path;
        try {
            path = Path.of(request.path()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw ApiProblem.invalid("path", "path is not a file path here: " + e.getReason());
        }
        UUID id = UUID.randomUUID();
        CorpusImport.Imported imported = corpora.copy(id, path);
        return created(save(id, request.name(), Dataset.Origin.REGISTERED, imported));
    }

    @Operation(summary = "Upload parallel files: parts train.<src>, train.<tgt>, valid.*, test.* plus fields name and pair")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresScope(Scope.SUBMIT)
    public ResponseEntity<DatasetView> upload(@RequestParam("name") String name, @RequestParam("pair") String pair,
            @RequestParam MultiValueMap<String, MultipartFile> files) {
        if (name.isBlank() || name.length() > 200 || !name.matches(PRINTABLE)) {
            throw ApiProblem.invalid("name", "name must be 1 to 200 characters, none of them a control character");
        }
        UUID id = UUID.randomUUID();
        CorpusImport.Imported imported = corpora.upload(id, pair, files.toSingleValueMap());
        return created(save(id, name, Dataset.Origin.UPLOADED, imported));
    }

    @GetMapping
    @RequiresScope(Scope.READ)
    public PageView<DatasetView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(datasets.findAll(PageView.request(page, size)), DatasetView::of);
    }

    @GetMapping("/{id}")
    @RequiresScope(Scope.READ)
    public DatasetView get(@PathVariable UUID id) {
        return datasets.findById(id).map(DatasetView::of).orElseThrow(() -> ApiProblem.notFound("dataset", id));
    }

    private Dataset save(UUID id, String name, Dataset.Origin origin, CorpusImport.Imported imported) {
        var m = imported.manifest();
        try {
            return datasets.save(new Dataset(id, name, m.pair(), origin, imported.dir().toString(), m.fingerprint(),
                    m.splits().get("train").intValue(), m.splits().get("valid").intValue(), m.splits().get("test").intValue()));
        } catch (RuntimeException e) {
            ArtifactStore.deleteTree(imported.dir()); // no row, no files
            throw e;
        }
    }

    private static ResponseEntity<DatasetView> created(Dataset d) {
        return ResponseEntity.created(URI.create("/api/v1/datasets/" + d.id())).body(DatasetView.of(d));
    }
}
