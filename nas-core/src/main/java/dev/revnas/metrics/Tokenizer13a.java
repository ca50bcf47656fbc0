package dev.revnas.metrics;

import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code 13a}: the mteval-v13a normalisation (unescape a few XML entities, join
 * hyphenated line breaks) and punctuation splitting. The patterns are sacreBLEU's, character
 * for character, so that tokens (and scores) agree.
 */
final class Tokenizer13a implements Tokenizer {
    /** Ranges { to ~, [ to `, space to &, ( to +, : to @, and /: split off everywhere. */
    private static final Pattern SYMBOL = Pattern.compile("([\\x7B-\\x7E\\x5B-\\x60\\x20-\\x26\\x28-\\x2B\\x3A-\\x40/])");
    private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
    private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

    @Override
    public String tokenize(String line) {
        line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
        if (line.indexOf('&') >= 0) {
            line = line.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
        line = " " + line + " ";
        line = SYMBOL.matcher(line).replaceAll(" $1 ");
        line = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
        line = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
        line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
        return Whitespace.collapse(line);
    }

    @Override
    public String signature() {
        return "13a";
    }
}
