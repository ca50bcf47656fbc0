package dev.revnas.config;

import java.util.Locale;

/** How a reversible stack gets its gradients. */
public enum BackpropMode {
    /** Keep only the stack's output; recompute each layer's input from its output on the way back. */
    RECONSTRUCT,
    /** Keep every activation and backpropagate as usual. */
    STANDARD;

    /** The mode a config's {@code mode} field names. */
    public static BackpropMode parse(String name) {
        for (BackpropMode m : values()) {
            if (m.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw dev.revnas.InvalidInputException.at("mode", "unknown backprop mode '" + name + "', allowed: reconstruct, standard");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
