package dev.revnas.worker.system;

import dev.revnas.store.ArtifactStore;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The artifact store shared with the other services; its layout is {@link ArtifactStore}'s. */
@Configuration
public class ArtifactStoreConfig {
    @Bean
    ArtifactStore artifactStore(@Value("${revnas.artifacts.dir:artifacts}") Path root) {
        return new ArtifactStore(root);
    }
}
