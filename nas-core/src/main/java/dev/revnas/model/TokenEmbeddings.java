package dev.revnas.model;

import dev.revnas.ops.Init;
import dev.revnas.ops.Param;
import dev.revnas.ops.TokenEmbedding;
import java.util.LinkedHashSet;
import java.util.List;

/** The source and target embeddings: one shared table when tied, two otherwise. */
final class TokenEmbeddings {
    private final TokenEmbedding source;
    private final TokenEmbedding target;

    TokenEmbeddings(Init init, NetworkConfig config) {
        this.source = new TokenEmbedding(init, config.tiedEmbeddings() ? "embed" : "enc.embed",
                config.vocab(), config.hidden(), config.dropout());
        this.target = config.tiedEmbeddings() ? source
                : new TokenEmbedding(init, "dec.embed", config.vocab(), config.hidden(), config.dropout());
    }

    TokenEmbedding source() {
        return source;
    }

    TokenEmbedding target() {
        return target;
    }

    List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>(source.params());
        all.addAll(target.params());
        return List.copyOf(all);
    }
}
