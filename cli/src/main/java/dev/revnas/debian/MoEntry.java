package dev.revnas.debian;

import java.util.List;

/**
 * One message of a GNU gettext catalog: an optional context, the English msgid, an optional
 * msgid_plural, and the translated forms (one, or one per plural form).
 */
public record MoEntry(String context, String msgid, String msgidPlural, List<String> translations) {
    public MoEntry {
        translations = List.copyOf(translations);
    }

    /** The catalog header (empty msgid without context) carries metadata, not a message. */
    public boolean isHeader() {
        return msgid.isEmpty() && context == null;
    }
}
