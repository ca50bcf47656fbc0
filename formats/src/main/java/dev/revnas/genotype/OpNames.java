package dev.revnas.genotype;

import dev.revnas.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the candidate operations (design §4): which names exist, what their parameter means and
 * where they may sit. Configs and genotypes are checked against this without building anything (so that
 * a service can check them without ND4J); {@code ops.OpRegistry} maps each family to its constructor.
 */
public final class OpNames {

    /** An op family: its name pattern, its description for error messages, and whether only the decoder may use it. */
    public enum Family {
        ZERO("zero", "zero", false),
        IDENTITY("identity", "identity", false),
        FFN("ffn", "ffn", false),
        GLU("glu", "glu", false),
        CONV("conv_(\\d+)", "conv_<k> (odd k)", false),
        SEP_CONV("sep_conv_(\\d+)", "sep_conv_<k> (odd k)", false),
        SELF_ATTN("self_attn_(\\d+)", "self_attn_<h> (h heads dividing the width)", false),
        CROSS_ATTN("cross_attn_(\\d+)", "cross_attn_<h> (decoder only, h heads dividing the width)", true);

        private final Pattern pattern;
        private final String shape;
        private final boolean decoderOnly;

        Family(String regex, String shape, boolean decoderOnly) {
            this.pattern = Pattern.compile(regex);
            this.shape = shape;
            this.decoderOnly = decoderOnly;
        }

        public boolean decoderOnly() {
            return decoderOnly;
        }
    }

    /** A resolved name: its family and its parameter (kernel size or heads; 0 for the plain ops). */
    public record Name(Family family, int arg) {}

    /** The default candidate set of design §4 (cross-attention is dropped in the encoder). */
    public static final List<String> DEFAULT_OPS = List.of("zero", "identity", "ffn", "glu", "conv_3",
            "sep_conv_3", "sep_conv_5", "sep_conv_7", "sep_conv_9", "sep_conv_11",
            "self_attn_4", "self_attn_8", "cross_attn_4", "cross_attn_8");

    private OpNames() {}

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

    /** Checks a name: known, well-formed, valid at this op width; returns what it names. */
    public static Name check(String op, int width) {
        Name name = resolve(op);
        if (name.family() == Family.CONV || name.family() == Family.SEP_CONV) {
            if (name.arg() < 1 || name.arg() % 2 == 0) {
                throw new InvalidInputException("op '" + op + "': the kernel must be a positive odd number");
            }
        } else if (name.family() == Family.SELF_ATTN || name.family() == Family.CROSS_ATTN) {
            if (name.arg() < 1 || width % name.arg() != 0) {
                throw new InvalidInputException("op '" + op + "': " + name.arg() + " heads do not divide the op width " + width);
            }
        }
        return name;
    }

    public static boolean isDecoderOnly(String op) {
        return resolve(op).family().decoderOnly();
    }

    public static boolean isAttention(String op) {
        return op.startsWith("self_attn_") || op.startsWith("cross_attn_");
    }

    public static boolean isCrossAttention(String op) {
        return op.startsWith("cross_attn_");
    }

    /**
     * Whether the op reads other positions of its own input sequence (self-attention, convolutions;
     * causal in the decoder, so earlier target positions there). Cross-attention reads the encoder's
     * output instead, and the rest work position by position.
     */
    public static boolean mixesPositions(String op) {
        Family f = resolve(op).family();
        return f == Family.SELF_ATTN || f == Family.CONV || f == Family.SEP_CONV;
    }

    /** The known names and families, for error messages and help. */
    public static List<String> known() {
        List<String> shapes = new ArrayList<>();
        for (Family f : Family.values()) {
            shapes.add(f.shape);
        }
        return shapes;
    }

    /** The family and parameter of a name; an unknown name fails with the known ones. */
    public static Name resolve(String op) {
        for (Family f : Family.values()) {
            Matcher m = f.pattern.matcher(op == null ? "" : op);
            if (m.matches()) {
                return new Name(f, m.groupCount() > 0 ? parse(op, m.group(1)) : 0);
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
}
