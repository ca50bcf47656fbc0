package dev.revnas.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputFieldTest {
    @Test
    void readsTheFieldOutOfNasCoresMessages() {
        assertThat(InvalidInputField.of("request: budget.steps is -5; it must be > 0")).isEqualTo("budget.steps");
        assertThat(InvalidInputField.of("request: unknown field 'hiddden' at hiddden; known fields: [a]")).isEqualTo("hiddden");
        assertThat(InvalidInputField.of("request: field hidden has value wide, which is not a Integer")).isEqualTo("hidden");
        assertThat(InvalidInputField.of("request: unknown op 'magic'; known ops: zero")).isEqualTo("searchSpace.ops");
        assertThat(InvalidInputField.of("request: searchSpace.ops: op 'conv_2': the kernel must be a positive odd number"))
                .isEqualTo("searchSpace.ops");
        assertThat(InvalidInputField.of("genotype (field genotype) encoder cell 0 node 2: unknown op 'x'")).isEqualTo("genotype");
        assertThat(InvalidInputField.of("request: Numeric value (1e12) out of range of int (-2147483648 - 2147483647) at hidden"))
                .isEqualTo("hidden");
        assertThat(InvalidInputField.of("request: Cannot construct instance at (top level)")).isNull();
        assertThat(InvalidInputField.of("request is not valid JSON: Unexpected end")).isNull();
    }

    @Test
    void readsTheRelaxationFieldsOutOfSearchSpaceMessages() {
        assertThat(InvalidInputField.of("request: searchSpace.relaxation is 'annealed'; allowed: softmax, gumbel, partial"))
                .isEqualTo("searchSpace.relaxation");
        assertThat(InvalidInputField.of("request: searchSpace.partialK 3 does not divide the op width 32 (hidden / splits); "
                + "the partial channels must be a whole number")).isEqualTo("searchSpace.partialK");
        assertThat(InvalidInputField.of("request: searchSpace.tauMin 2.0 is above searchSpace.tauMax 1.0; the temperature "
                + "anneals from tauMax down to tauMin")).isEqualTo("searchSpace.tauMin");
        assertThat(InvalidInputField.of("request: searchSpace.tauMax is -3.0; the temperature must be a positive number"))
                .isEqualTo("searchSpace.tauMax");
        assertThat(InvalidInputField.of("request: searchSpace.partialK is 0; it must be at least 1")).isEqualTo("searchSpace.partialK");
    }
}
