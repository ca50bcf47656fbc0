package dev.revnas.translate.translate;

import java.util.List;
import org.springframework.http.HttpStatus;

/** POST /api/v1/translate: one "text" or a list of "texts"; the rest optional. */
public record TranslateRequest(String text, List<String> texts, String model, Integer beam, Integer maxLength) {

    /** The texts to translate, from whichever of text and texts was given (exactly one must be). */
    List<String> all() {
        if (text != null && texts != null) {
            throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "text", "give either text or texts, not both");
        }
        if (text != null) {
            return List.of(text);
        }
        if (texts == null) {
            throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "text", "text (a string) or texts (a list) is required");
        }
        if (texts.isEmpty()) {
            throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "texts", "texts is empty");
        }
        return texts;
    }
}
