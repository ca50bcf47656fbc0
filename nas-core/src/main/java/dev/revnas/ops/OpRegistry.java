package dev.revnas.ops;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search space's table of candidate operations (design §4): op name → constructor.
 * Families take their parameter from the name ({@code sep_conv_7}, {@code self_attn_8});
 * adding an op is adding one entry here. Every op but zero and identity is pre-normalised
 * and uses dropout; decoder ops are causal.
 */
public final class OpRegistry {

    /** What a constructor needs: where the op sits and how wide it is. */
    public record Site(Init init, String name, int width, int modelWidth, boolean decoder, double dropout) {}

    @FunctionalInterface
    private interface Factory {
        Op build(Site site, int arg);
    }

    /** One table row: a name pattern, its description for error messages, its constructor. */
    private record Entry(Pattern pattern, String shape, boolean decoderOnly, Factory factory) {}

    /** The default candidate set of design §4 (cross-attention is dropped in the encoder). */
    public static final List<String> DEFAULT_OPS = List.of("zero", "identity", "ffn", "glu", "conv_3",
            "sep_conv_3", "sep_conv_5", "sep_conv_7", "sep_conv_9", "sep_conv_11",
            "self_attn_4", "self_attn_8", "cross_attn_4", "cross_attn_8");

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    static {
        add("zero", "zero", false, (s, k) -> new Zero());
        add("identity", "identity", false, (s, k) -> new Identity());
        add("ffn", "ffn", false, (s, k) -> normed(s, new Ffn(s.init(), s.name() + ".ffn", s.width(), 4 * s.width())));
        add("glu", "glu", false, (s, k) -> normed(s, new Glu(s.init(), s.name() + ".glu", s.width())));
        add("conv_(\\d+)", "conv_<k> (odd k)", false,
                (s, k) -> normed(s, new Conv1d(s.init(), s.name() + ".conv", s.width(), k, s.decoder())));
        add("sep_conv_(\\d+)", "sep_conv_<k> (odd k)", false,
                (s, k) -> normed(s, new SepConv(s.init(), s.name() + ".sep", s.width(), k, s.decoder())));
        add("self_attn_(\\d+)", "self_attn_<h> (h heads dividing the width)", false,
                (s, h) -> normed(s, MultiHeadAttention.self(s.init(), s.name() + ".att", s.width(), h, s.decoder())));
        add("cross_attn_(\\d+)", "cross_attn_<h> (decoder only, h heads dividing the width)", true,
                (s, h) -> normed(s, MultiHeadAttention.cross(s.init(), s.name() + ".att", s.width(), h, s.modelWidth())));
    }

    private OpRegistry() {}

    private static void add(String regex, String shape, boolean decoderOnly, Factory factory) {
        ENTRIES.put(regex, new Entry(Pattern.compile(regex), shape, decoderOnly, factory));
    }

    private static Op normed(Site s, Op body) {
        return new PreNormed(s.init(), s.name(), s.width(), body, s.dropout());
    }

    /**
     * The first {@code count} candidates for one stack: the default set, then more members of
     * the parametric families (wider convolutions, other head counts) in a fixed order.
     */
    public static List<String> candidates(int count, int width, boolean decoder) {
        List<String> out = new ArrayList<>();
        for (String op : DEFAULT_OPS) {
            if (decoder || !isDecoderOnly(op)) {
                out.add(op);
            }
        }
        List<Integer> heads = new ArrayList<>();
        for (int h = 1; h <= width; h++) {
            if (width % h == 0 && h != 4 && h != 8) {
                heads.add(h);
            }
        }
        for (int i = 0; out.size() < count; i++) {
            int before = out.size();
            out.add("sep_conv_" + (13 + 2 * i));
            out.add("conv_" + (5 + 2 * i));
            if (i < heads.size()) {
                out.add("self_attn_" + heads.get(i));
                if (decoder) {
                    out.add("cross_attn_" + heads.get(i));
                }
            }
            if (out.size() == before) {
                break;
            }
        }
        return out.subList(0, Math.min(count, out.size()));
    }

    /** Builds the named op at a site; unknown or invalid names fail with what is allowed. */
    public static Op build(String op, Site site) {
        Resolved r = resolve(op);
        if (r.entry.decoderOnly && !site.decoder()) {
            throw new InvalidInputException("op '" + op + "' reads the encoder output; it is allowed in the decoder only");
        }
        checkArgument(op, r, site.width());
        return r.entry.factory.build(site, r.arg);
    }

    /** Checks a name without building anything: known, well-formed, valid at this width. */
    public static void check(String op, int width) {
        checkArgument(op, resolve(op), width);
    }

    public static boolean isDecoderOnly(String op) {
        return resolve(op).entry.decoderOnly;
    }

    public static boolean isAttention(String op) {
        return op.startsWith("self_attn_") || op.startsWith("cross_attn_");
    }

    public static boolean isCrossAttention(String op) {
        return op.startsWith("cross_attn_");
    }

    /** The known names and families, for error messages and help. */
    public static List<String> known() {
        List<String> shapes = new ArrayList<>();
        ENTRIES.values().forEach(e -> shapes.add(e.shape));
        return shapes;
    }

    private record Resolved(Entry entry, int arg) {}

    private static Resolved resolve(String op) {
        for (Entry e : ENTRIES.values()) {
            Matcher m = e.pattern.matcher(op == null ? "" : op);
            if (m.matches()) {
                return new Resolved(e, m.groupCount() > 0 ? parse(op, m.group(1)) : 0);
            }
        }
        throw new InvalidInputException("unknown op '" + op + "'; known ops: " + String.join(", ", known()));
    }

    private static int parse(String op, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("op '" + op + "': " + digits + " is too large");
        }
    }

    private static void checkArgument(String op, Resolved r, int width) {
        String name = op;
        if (name.startsWith("conv_") || name.startsWith("sep_conv_")) {
            if (r.arg < 1 || r.arg % 2 == 0) {
                throw new InvalidInputException("op '" + op + "': the kernel must be a positive odd number");
            }
        } else if (isAttention(name)) {
            if (r.arg < 1 || width % r.arg != 0) {
                throw new InvalidInputException("op '" + op + "': " + r.arg + " heads do not divide the op width " + width);
            }
        }
    }
}
