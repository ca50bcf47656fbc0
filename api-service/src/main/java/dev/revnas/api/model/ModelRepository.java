package dev.revnas.api.model;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelRepository extends JpaRepository<Model, UUID> {
    Optional<Model> findByTrainingJobId(UUID trainingJobId);
}
