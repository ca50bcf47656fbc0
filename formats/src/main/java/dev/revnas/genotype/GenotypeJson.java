package dev.revnas.genotype;

import dev.revnas.InvalidInputException;
import dev.revnas.genotype.OpNames;
import dev.revnas.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/** Reads and writes genotype JSON, rejecting anything a derived network could not be built from. */
public final class GenotypeJson {
    private static final ObjectReader READER = Json.MAPPER.readerFor(Genotype.class)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private GenotypeJson() {}

    public static String write(Genotype g) {
        return Json.PRETTY.writeValueAsString(g);
    }

    public static Genotype read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("genotype file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read genotype " + file + ": " + e.getMessage(), e);
        }
    }

    public static Genotype parse(String json, String source) {
        Genotype g;
        try {
            g = READER.readValue(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("genotype " + source + " is not valid: " + e.getOriginalMessage());
        }
        validate(g, source);
        return g;
    }

    /**
     * The checks of design §6: known ops, valid node indices, a cross-attention in every decoder
     * cell, and no dead node (one the cell's output does not read).
     */
    public static void validate(Genotype g, String source) {
        validate(g, source, true);
    }

    /**
     * The checks a trained model's genotype must pass: {@link #validate} but for dead nodes,
     * since a model trained before derivation dropped them still computes its output.
     */
    public static void validateTrained(Genotype g, String source) {
        validate(g, source, false);
    }

    private static void validate(Genotype g, String source, boolean live) {
        String where = "genotype " + source;
        if (g == null) {
            throw new InvalidInputException(where + " is empty");
        }
        if (!Genotype.KIND.equals(g.kind())) {
            throw new InvalidInputException(where + ": kind is '" + g.kind() + "', expected '" + Genotype.KIND + "'");
        }
        if (g.version() != Genotype.VERSION) {
            throw new InvalidInputException(where + " has version " + g.version() + "; this build reads version " + Genotype.VERSION);
        }
        if (g.splits() < 2 || g.hidden() < 2 || g.hidden() % g.splits() != 0) {
            throw new InvalidInputException(where + ": hidden " + g.hidden() + " and splits " + g.splits()
                    + " must have splits ≥ 2 dividing hidden");
        }
        checkStack(where + " encoder", g.encoder(), false, g.hidden() / g.splits(), live);
        checkStack(where + " decoder", g.decoder(), true, g.hidden() / g.splits(), live);
    }

    private static void checkStack(String where, Genotype.Stack stack, boolean decoder, int width, boolean live) {
        if (stack == null) {
            throw new InvalidInputException(where + " is missing");
        }
        if (stack.layers() < 1) {
            throw new InvalidInputException(where + ": layers is " + stack.layers() + "; it must be at least 1");
        }
        List<Genotype.CellSpec> cells = stack.cells();
        if (cells == null || (cells.size() != 1 && cells.size() != stack.layers())) {
            throw new InvalidInputException(where + ": needs 1 cell (shared) or one per layer (" + stack.layers() + "), got "
                    + (cells == null ? 0 : cells.size()));
        }
        for (int c = 0; c < cells.size(); c++) {
            checkCell(where + " cell " + c, cells.get(c), decoder, width);
            if (live) {
                checkLive(where + " cell " + c, cells.get(c));
            }
        }
    }

    private static void checkCell(String where, Genotype.CellSpec cell, boolean decoder, int width) {
        if (cell == null || cell.nodes() == null || cell.nodes().isEmpty()) {
            throw new InvalidInputException(where + " has no nodes");
        }
        boolean crossAttention = false;
        for (int k = 1; k <= cell.nodes().size(); k++) {
            List<Genotype.Edge> edges = cell.nodes().get(k - 1);
            if (edges == null || edges.isEmpty()) {
                throw new InvalidInputException(where + " node " + k + " has no incoming edge");
            }
            for (Genotype.Edge e : edges) {
                if (e == null) {
                    throw new InvalidInputException(where + " node " + k + " has a null edge; an edge is {\"from\": node, \"op\": name}");
                }
                if (e.from() < 0 || e.from() >= k) {
                    throw new InvalidInputException(where + " node " + k + " reads node " + e.from()
                            + "; allowed 0.." + (k - 1));
                }
                if ("zero".equals(e.op())) {
                    throw new InvalidInputException(where + " node " + k + " keeps a 'zero' op; derivation drops those edges");
                }
                try {
                    OpNames.check(e.op(), width);
                } catch (InvalidInputException bad) {
                    throw new InvalidInputException(where + " node " + k + ": " + bad.getMessage());
                }
                if (OpNames.isDecoderOnly(e.op()) && !decoder) {
                    throw new InvalidInputException(where + " node " + k + ": '" + e.op() + "' is allowed in the decoder only");
                }
                crossAttention |= OpNames.isCrossAttention(e.op());
            }
        }
        if (decoder && !crossAttention) {
            throw new InvalidInputException(where + " has no cross-attention; every decoder cell must keep one");
        }
    }

    /** Every node must reach the output, node m, through edges: a dead node's ops would run for nothing. */
    private static void checkLive(String where, Genotype.CellSpec cell) {
        int m = cell.nodes().size();
        boolean[] live = Genotype.live(cell);
        for (int k = 1; k < m; k++) {
            if (!live[k]) {
                throw new InvalidInputException(where + " node " + k + " is dead: the cell's output (node " + m
                        + ") does not read it; derivation drops such nodes");
            }
        }
    }
}
