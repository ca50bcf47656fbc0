package dev.revnas.translate.translate;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.revnas.translate.model.ModelRegistry;
import dev.revnas.translate.model.ModelStatus;
import dev.revnas.translate.model.ServedModel;
import java.time.Instant;

/**
 * One entry of GET /api/v1/models. status and error describe the deployed version; a model whose
 * new version failed to load keeps serving the previous one (servingId).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServedModelView(String name, String id, ModelStatus status, String error, String pair, String source, String target,
        String path, Instant deployedAt, String servingId, Instant loadedAt, String architecture, Long parameters,
        Integer beam, Object bleu, Object chrf, String engine) {

    static ServedModelView of(ModelRegistry.Slot slot) {
        var wanted = slot.wanted();
        ServedModel m = slot.serving();
        if (m == null) {
            return new ServedModelView(wanted.name(), wanted.id(), slot.status(), slot.error(), wanted.pair(), null, null,
                    wanted.path().toString(), wanted.deployedAt(), null, null, null, null, null, null, null, null);
        }
        return new ServedModelView(wanted.name(), wanted.id(), slot.status(), slot.error(), m.pair(), m.source(), m.target(),
                wanted.path().toString(), wanted.deployedAt(), m.entry().id(), m.loadedAt(), m.manifest().architecture().type(),
                m.parameters(), m.defaultBeam(), m.metric("bleu"), m.metric("chrf"), m.engine().label());
    }
}
