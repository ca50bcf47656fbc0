package dev.revnas.ops;

import dev.revnas.InvalidInputException;
import dev.revnas.genotype.OpNames.Family;
import dev.revnas.genotype.OpNames;
import java.util.EnumMap;
import java.util.Map;

/**
 * The search space's table of candidate operations (design §4): op family → constructor. The names
 * and their rules are {@link OpNames} (shared with the services, which check configs without ND4J);
 * adding an op is adding a family there and its constructor here. Every op but zero and identity
 * is pre-normalised and uses dropout; decoder ops are causal.
 */
public final class OpRegistry {

    /** What a constructor needs: where the op sits and how wide it is. */
    public record Site(Init init, String name, int width, int modelWidth, boolean decoder, double dropout) {}

    @FunctionalInterface
    private interface Factory {
        Op build(Site site, int arg);
    }

    private static final Map<Family, Factory> FACTORIES = new EnumMap<>(Family.class);

    static {
        FACTORIES.put(Family.ZERO, (s, k) -> new Zero());
        FACTORIES.put(Family.IDENTITY, (s, k) -> new Identity());
        FACTORIES.put(Family.FFN, (s, k) -> normed(s, new Ffn(s.init(), s.name() + ".ffn", s.width(), 4 * s.width())));
        FACTORIES.put(Family.GLU, (s, k) -> normed(s, new Glu(s.init(), s.name() + ".glu", s.width())));
        FACTORIES.put(Family.CONV, (s, k) -> normed(s, new Conv1d(s.init(), s.name() + ".conv", s.width(), k, s.decoder())));
        FACTORIES.put(Family.SEP_CONV, (s, k) -> normed(s, new SepConv(s.init(), s.name() + ".sep", s.width(), k, s.decoder())));
        FACTORIES.put(Family.SELF_ATTN,
                (s, h) -> normed(s, MultiHeadAttention.self(s.init(), s.name() + ".att", s.width(), h, s.decoder())));
        FACTORIES.put(Family.CROSS_ATTN,
                (s, h) -> normed(s, MultiHeadAttention.cross(s.init(), s.name() + ".att", s.width(), h, s.modelWidth())));
        if (FACTORIES.size() != Family.values().length) {
            throw new IllegalStateException("an op family without a constructor");
        }
    }

    private OpRegistry() {}

    private static Op normed(Site s, Op body) {
        return new PreNormed(s.init(), s.name(), s.width(), body, s.dropout());
    }

    /** Builds the named op at a site; unknown or invalid names fail with what is allowed. */
    public static Op build(String op, Site site) {
        OpNames.Name name = OpNames.resolve(op);
        if (name.family().decoderOnly() && !site.decoder()) {
            throw new InvalidInputException("op '" + op + "' reads the encoder output; it is allowed in the decoder only");
        }
        OpNames.check(op, site.width());
        return FACTORIES.get(name.family()).build(site, name.arg());
    }
}
