package dev.revnas.metrics;

import java.util.stream.Collectors;

/** sacreBLEU's {@code char}: every character is a token (whitespace then disappears in the split). */
final class TokenizerChar implements Tokenizer {
    @Override
    public String tokenize(String line) {
        return line.codePoints().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }

    @Override
    public String signature() {
        return "char";
    }
}
