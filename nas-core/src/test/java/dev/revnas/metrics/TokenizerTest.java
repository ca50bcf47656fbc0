package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revnas.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Tokens as sacreBLEU 2.6.0's tokenizers produce them (expected strings from its source). */
class TokenizerTest {
    private final Tokenizer t13a = Tokenizer.named("13a");
    private final Tokenizer intl = Tokenizer.named("intl");

    @Test
    void thirteenASplitsPunctuationButKeepsNumbersTogether() {
        assertEquals("Hello , world ! It costs $ 3.50 ( approx . ) - 1 - 2 & more .",
                t13a.tokenize("Hello, world! It costs $3.50 (approx.) - 1-2 &amp; more."));
    }

    @Test
    void thirteenAUnescapesEntitiesAndJoinsHyphenatedLineBreaks() {
        assertEquals("ab \" q \" x < y 1,000.5 , end .", t13a.tokenize("a-\nb &quot;q&quot; <skipped> x&lt;y 1,000.5, end."));
    }

    @Test
    void thirteenAKeepsApostrophesAndSplitsAsciiSymbols() {
        assertEquals("Don't stop : 10 - 20 km / h [ ok ] { x } ~ y ~ ` z ` @ me # 1 100 %",
                t13a.tokenize("Don't stop: 10-20 km/h [ok] {x} ~y~ `z` @me #1 100%"));
    }

    @Test
    void intlSplitsUnicodePunctuationAndSymbols() {
        assertEquals("Preis : 3,50 € , « Zitat » — ja ! 2024.", intl.tokenize("Preis: 3,50 €, «Zitat» — ja! 2024."));
        assertEquals("x … y ( z ) ¿ Qué ? 1.000,5", intl.tokenize("x…y (z) ¿Qué? 1.000,5"));
    }

    @Test
    void charMakesEveryCharacterATokenCountingCodePoints() {
        assertEquals("a b 😀", Tokenizer.named("char").tokenize("ab😀"));
    }

    @Test
    void unknownTokenizerNamesTheAllowedOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Tokenizer.named("moses"));
        assertEquals("tokenizer 'moses' is not supported; allowed: 13a, none, intl, char", e.getMessage());
    }
}
