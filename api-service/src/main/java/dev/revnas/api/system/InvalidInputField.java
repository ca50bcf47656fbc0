package dev.revnas.api.system;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field a nas-core validation message is about, for the problem's {@code field} member:
 * nas-core names it in words ("budget.steps is -5; ...", "unknown field 'x' at y"), this reads it back.
 */
final class InvalidInputField {
    private static final Pattern SOURCE = Pattern.compile("^(?:normalised )?request: ");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("^unknown field '[^']*' at (\\S+?);");
    private static final Pattern FIELD_VALUE = Pattern.compile("^field (\\S+) has value");
    private static final Pattern LEADING_NAME = Pattern.compile("^([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)*)(?: |:)");
    /** Jackson's own message with nas-core's path appended: "Numeric value (1e12) out of range of int ... at hidden". */
    private static final Pattern AT_PATH = Pattern.compile(" at ([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*|\\[\\d+])*)$");
    private static final Set<String> NOT_FIELDS = Set.of("unknown", "request", "maximum", "cannot", "not", "the");

    private InvalidInputField() {}

    static String of(String message) {
        if (message == null) {
            return null;
        }
        String m = SOURCE.matcher(message).replaceFirst("");
        if (m.startsWith("unknown op")) {
            return "searchSpace.ops";
        }
        if (m.startsWith("unknown backprop mode")) {
            return "mode";
        }
        for (Pattern p : new Pattern[] {UNKNOWN_FIELD, FIELD_VALUE, LEADING_NAME}) {
            Matcher x = p.matcher(m);
            if (x.find() && !NOT_FIELDS.contains(x.group(1))) {
                return x.group(1);
            }
        }
        Matcher at = AT_PATH.matcher(m);
        return at.find() ? at.group(1) : null;
    }
}
