package dev.revnas.api.auth;

import dev.revnas.api.system.ApiProblem;
import java.util.Arrays;
import java.util.Locale;

/** What a key may do; each scope includes the ones before it (admin ⊇ submit ⊇ read). */
public enum Scope {
    READ, SUBMIT, ADMIN;

    public boolean includes(Scope other) {
        return compareTo(other) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("scopes", "scope '" + label + "' is unknown; allowed: read, submit, admin"));
    }
}
