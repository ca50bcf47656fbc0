package dev.revnas.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many pairs cleaning read and kept, and how many it dropped for each reason. */
public record CleaningReport(int read, int kept, Map<DropReason, Integer> dropped) {
    public CleaningReport {
        EnumMap<DropReason, Integer> all = new EnumMap<>(DropReason.class);
        for (DropReason r : DropReason.values()) {
            all.put(r, dropped.getOrDefault(r, 0));
        }
        dropped = Collections.unmodifiableMap(all);
    }

    public int dropped(DropReason reason) {
        return dropped.get(reason);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("read " + read + ", kept " + kept);
        dropped.forEach((reason, n) -> s.append(", ").append(reason.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(n));
        return s.toString();
    }
}
