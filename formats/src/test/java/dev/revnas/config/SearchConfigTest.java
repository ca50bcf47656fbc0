package dev.revnas.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A search config is validated once, and bad input fails naming the field, in the message and as its path. */
class SearchConfigTest {
    private static final String VALID = """
            {"searchSpace": {"ops": ["zero", "identity", "ffn", "self_attn_4", "sep_conv_3", "cross_attn_4"], "splits": 2, "nodes": 2},
             "encoderLayers": 2, "decoderLayers": 2, "hidden": 64, "budget": {"steps": 30}, "mode": "reconstruct", "seed": 1}
            """;

    @Test
    void theIssueExampleParsesWithTheReferenceDefaults() {
        SearchConfig c = SearchConfig.parse(VALID, "test");
        assertEquals(30, c.budget().steps());
        assertEquals(3e-4, c.alphaOptimizer().settings().lr());
        assertEquals(0.5, c.alphaOptimizer().settings().beta1());
        assertEquals(1e-3, c.alphaOptimizer().settings().weightDecay());
        assertEquals("first", c.order());
        assertEquals(java.util.List.of("zero", "identity", "ffn", "self_attn_4", "sep_conv_3"), c.searchSpace().encoderCandidates());
        assertEquals(SearchConfig.parse(c.toJson(), "round trip"), c);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown op|\"ops\": [\"zero\", \"identity\", \"ffn\", \"self_attn_4\", \"sep_conv_3\", \"cross_attn_4\"]|\"ops\": [\"zero\", \"frob\", \"cross_attn_4\"]|unknown op 'frob'; known ops: zero, identity, ffn|searchSpace.ops",
        "cross-attention in the encoder|\"splits\": 2|\"splits\": 2, \"encoderOps\": [\"ffn\", \"cross_attn_4\"], \"decoderOps\": [\"cross_attn_4\"]|allowed in the decoder only|searchSpace.encoderOps",
        "nodes below 1|\"nodes\": 2|\"nodes\": 0|searchSpace.nodes is 0|searchSpace.nodes",
        "budget of zero steps|{\"steps\": 30}|{\"steps\": 0}|budget.steps is 0|budget.steps",
        "negative minutes|{\"steps\": 30}|{\"minutes\": -1}|budget.minutes is -1|budget.minutes",
        "two budgets|{\"steps\": 30}|{\"steps\": 3, \"epochs\": 1}|exactly one of steps, epochs, minutes|budget",
        "splits not dividing hidden|\"hidden\": 64|\"hidden\": 65|hidden 65 is not divisible by searchSpace.splits 2|hidden",
        "heads not dividing the op width|\"self_attn_4\"|\"self_attn_5\"|5 heads do not divide the op width 32|searchSpace.ops",
        "even sep_conv kernel|\"sep_conv_3\"|\"sep_conv_4\"|kernel must be a positive odd number|searchSpace.ops",
        "unknown field|\"seed\": 1|\"seed\": 1, \"epochz\": 3|unknown field 'epochz'|epochz",
        "wrong type|\"hidden\": 64|\"hidden\": \"wide\"|hidden|hidden",
        "number too large for its field|\"hidden\": 64|\"hidden\": 99999999999|out of range of `int`|hidden",
        "unknown mode|\"reconstruct\"|\"recompute\"|unknown backprop mode 'recompute'|mode",
        "no cross-attention in the decoder|\"sep_conv_3\", \"cross_attn_4\"|\"sep_conv_3\"|include no cross_attn|searchSpace.ops",
        "unknown relaxation|\"nodes\": 2|\"nodes\": 2, \"relaxation\": \"annealed\"|searchSpace.relaxation is 'annealed'; allowed: softmax, gumbel, partial|searchSpace.relaxation",
        "K not dividing the op width|\"nodes\": 2|\"nodes\": 2, \"relaxation\": \"partial\", \"partialK\": 3|searchSpace.partialK 3 does not divide the op width 32|searchSpace.partialK",
        "heads not dividing the op width, under partial|\"cross_attn_4\"], \"splits\"|\"cross_attn_3\"], \"relaxation\": \"partial\", \"splits\"|3 heads do not divide the op width 32|searchSpace.ops",
        "tauMin above tauMax|\"nodes\": 2|\"nodes\": 2, \"relaxation\": \"gumbel\", \"tauMax\": 1, \"tauMin\": 2|searchSpace.tauMin 2.0 is above searchSpace.tauMax 1.0|searchSpace.tauMin",
        "zero temperature|\"nodes\": 2|\"nodes\": 2, \"tauMin\": 0|searchSpace.tauMin is 0.0; the temperature must be a positive number|searchSpace.tauMin",
        "negative temperature|\"nodes\": 2|\"nodes\": 2, \"tauMax\": -3|searchSpace.tauMax is -3.0; the temperature must be a positive number|searchSpace.tauMax",
    })
    void badInputFailsNamingTheField(String what, String from, String to, String expected, String field) {
        String json = VALID.replace(from, to);
        assertTrue(!json.equals(VALID), "the replacement applies: " + what);
        var e = assertThrows(InvalidInputException.class, () -> SearchConfig.parse(json, "search.json"));
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("search.json"), "names the file: " + e.getMessage());
        assertEquals(field, e.field(), what + ": the field at fault, for an HTTP answer");
    }

    @Test
    void underPartialAnAttentionCandidateKeepsItsHeadWidth() {
        SearchSpace partial = SearchConfig.parse(VALID.replace("\"nodes\": 2", "\"nodes\": 2, \"relaxation\": \"partial\", \"partialK\": 16"),
                "test").searchSpace();
        assertEquals("self_attn_1", partial.candidateOp("self_attn_4"), "4 heads of width 8 at op width 32; one of width 2 at 32 / 16");
        assertEquals("sep_conv_3", partial.candidateOp("sep_conv_3"));
        SearchSpace k4 = new SearchSpace(null, null, null, 2, 2, null, null, "partial", null, null, 4);
        assertEquals("self_attn_2", k4.candidateOp("self_attn_8"));
        assertEquals("cross_attn_1", k4.candidateOp("cross_attn_4"));
        assertEquals("self_attn_8", k4.withRelaxation("softmax").candidateOp("self_attn_8"), "other relaxations run the op as named");
    }

    @Test
    void anythingAfterTheObjectIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> SearchConfig.parse(VALID + " {\"hidden\": 32}", "search.json"));
        assertTrue(e.getMessage().startsWith("search.json: Trailing token"), e.getMessage());
        assertEquals(null, e.field(), "the whole input is at fault");
    }
}
