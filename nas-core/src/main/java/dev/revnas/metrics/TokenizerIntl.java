package dev.revnas.metrics;

import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code intl} (mteval-v14 international): split Unicode punctuation unless it
 * sits between digits, and split every Unicode symbol.
 */
final class TokenizerIntl implements Tokenizer {
    private static final Pattern PUNCT_AFTER_NON_DIGIT = Pattern.compile("(\\P{N})(\\p{P})");
    private static final Pattern PUNCT_BEFORE_NON_DIGIT = Pattern.compile("(\\p{P})(\\P{N})");
    private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

    @Override
    public String tokenize(String line) {
        line = PUNCT_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
        line = PUNCT_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
        line = SYMBOL.matcher(line).replaceAll(" $1 ");
        return Whitespace.collapse(line);
    }

    @Override
    public String signature() {
        return "intl";
    }
}
