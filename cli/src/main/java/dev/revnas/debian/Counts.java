package dev.revnas.debian;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Named tallies of what a build read and dropped, in the order first counted; they go into the manifest. */
public final class Counts {
    private final Map<String, Long> values = new LinkedHashMap<>();

    public void add(String name) {
        add(name, 1);
    }

    public void add(String name, long n) {
        values.merge(name, n, Long::sum);
    }

    public long get(String name) {
        return values.getOrDefault(name, 0L);
    }

    public Map<String, Long> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
