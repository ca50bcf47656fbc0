package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.genotype.GenotypeJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenotypeCommandTest {
    /** A DARTS-shaped cell: node 2 reads node 0 over an arc and node 1 straight. */
    private static final String GENOTYPE = """
            {"kind": "revnas-genotype", "version": 1, "hidden": 32, "splits": 2,
             "encoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "self_attn_2"}],
                                                           [{"from": 0, "op": "sep_conv_5"}, {"from": 1, "op": "ffn"}]]}]},
             "decoder": {"layers": 2, "cells": [{"nodes": [[{"from": 0, "op": "self_attn_2"}],
                                                           [{"from": 0, "op": "cross_attn_2"}, {"from": 1, "op": "glu"}]]}]}}
            """;

    @Test
    void drawsEveryKeptEdgeWithItsOpAndEveryNodeOfEachStack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("genotype.json");
        Files.writeString(file, GENOTYPE);
        assertEquals(ExitCodes.OK, Main.run("genotype", "draw", "--genotype", file.toString()));
        String svg = Files.readString(dir.resolve("genotype.svg"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        for (String op : new String[] {"self_attn_2", "sep_conv_5", "ffn", "cross_attn_2", "glu"}) {
            assertTrue(svg.contains(">" + op + "</text>"), op + " is labelled");
        }
        assertEquals(6, svg.split("<circle").length - 1, "three nodes in each of two cells");
        assertEquals(6, svg.split("marker-end=").length - 1, "three edges in each cell");
        assertEquals(2, svg.split("fill=\"none\"").length - 1, "one arc (0 → 2) per cell");
        assertTrue(svg.contains("fill=\"#d9730d\">cross_attn_2<"), "cross-attention stands out");
    }

    @Test
    void aMissingGenotypeIsBadInput(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, Main.run("genotype", "draw", "--genotype", dir.resolve("none.json").toString()));
        assertTrue(Files.notExists(dir.resolve("none.svg")));
    }

    @Test
    void derivesARecordedSearchAgainWithTheDecoderContextRule(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("context.json");
        Path search = Path.of("..", "docs", "experiments", "en-de", "search");
        assertEquals(ExitCodes.OK, Main.run("genotype", "derive", "--search", search.toString(), "--decoder-context", "--out", out.toString()));
        var decoder = GenotypeJson.read(out).decoder().cells().get(0).nodes();
        assertTrue(decoder.stream().flatMap(List::stream).anyMatch(e -> e.op().equals("self_attn_8")), decoder.toString());
        assertEquals(ExitCodes.BAD_INPUT, Main.run("genotype", "derive", "--search", dir.toString(), "--out", dir.resolve("x.json").toString()));
        assertTrue(Files.notExists(dir.resolve("x.json")));
    }
}
