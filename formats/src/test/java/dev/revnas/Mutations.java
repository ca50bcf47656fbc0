package dev.revnas;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutants of a valid input, the kinds a fuzzer tries first: truncation at every length class,
 * bit flips, huge and negative length fields, spans of random bytes, and in text numbers and values
 * swapped for hostile ones. The same seed gives the same mutants, so a failure names its input exactly.
 */
public final class Mutations {
    private static final int[] HUGE_INTS = {0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 0x40000000, 0x00FFFFFF, 0x10000};
    private static final long[] HUGE_LONGS = {Long.MAX_VALUE, -1L, Long.MIN_VALUE, 1L << 40, 1L << 31};
    private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "2147483647", "2147483648", "-2147483649",
            "99999999999999999999", "1e308", "-9223372036854775809", "1.5", "NaN");
    private static final List<String> HOSTILE_VALUES = List.of("null", "[]", "{}", "\"\"", "-1", "1e400", "true",
            "\"../../escape\"", "[null]", "{\"a\": null}", "\"\\u0000\"", "\"" + "x".repeat(10_000) + "\"");
    /** A JSON number or string literal: what a value swap replaces. */
    private static final Pattern VALUE = Pattern.compile("-?\\d++(\\.\\d++)?([eE][-+]?\\d++)?|\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    /** One mutated input and how it was made (seed, index, mutation), for the failure message. */
    public record Mutant(String what, byte[] bytes) {}

    /** What a reader does with a mutant: returns if it accepts it, throws if it refuses it. */
    @FunctionalInterface
    public interface Reader {
        void read(Mutant mutant) throws Exception;
    }

    /** How many mutants a reader accepted and how many it refused with a clear error. */
    public record Verdicts(int accepted, int refused) {}

    private Mutations() {}

    /**
     * Feeds every mutant to {@code reader}; fails, listing the mutants, when one is refused with anything but an
     * {@link InvalidInputException} whose message names {@code origin} (an unchecked exception, an error, a vague message).
     */
    public static Verdicts feed(List<Mutant> mutants, String origin, Reader reader) {
        int accepted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (Mutant m : mutants) {
            try {
                reader.read(m);
                accepted++;
            } catch (InvalidInputException e) {
                refused++;
                if (e.getMessage() == null || !e.getMessage().contains(origin)) {
                    failures.add(m.what() + ": the message does not name " + origin + ": " + e.getMessage());
                }
            } catch (Throwable e) { // anything else a reader throws is what fuzzing looks for
                StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                failures.add(m.what() + ": " + e + (at == null ? "" : " at " + at));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + mutants.size() + " mutants were not refused cleanly:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(30, failures.size()))));
        }
        return new Verdicts(accepted, refused);
    }

    /** The truncations of {@code valid} (one per length class), then {@code count} seeded random mutants. */
    public static List<Mutant> of(byte[] valid, long seed, int count) {
        List<Mutant> mutants = new ArrayList<>(truncations(valid));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            mutants.add(mutate(valid, random, "seed " + seed + " #" + i + ": "));
        }
        return mutants;
    }

    public static List<Mutant> of(String valid, long seed, int count) {
        return of(valid.getBytes(StandardCharsets.UTF_8), seed, count);
    }

    /** Cut at 0..3 bytes, at 2^k - 1, 2^k and 2^k + 1 below the length, at half and one byte short. */
    static List<Mutant> truncations(byte[] valid) {
        TreeSet<Integer> lengths = new TreeSet<>(List.of(0, 1, 2, 3, valid.length / 2, valid.length - 1));
        for (int p = 4; p < valid.length; p *= 2) {
            lengths.addAll(List.of(p - 1, p, p + 1));
        }
        List<Mutant> out = new ArrayList<>();
        for (int n : lengths) {
            if (n >= 0 && n < valid.length) {
                out.add(new Mutant("truncated to " + n + " of " + valid.length + " bytes", Arrays.copyOf(valid, n)));
            }
        }
        return out;
    }

    private static Mutant mutate(byte[] valid, SplittableRandom random, String prefix) {
        byte[] b = valid.clone();
        int at = valid.length == 0 ? 0 : random.nextInt(valid.length);
        switch (random.nextInt(10)) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips && b.length > 0; i++) {
                    int bit = random.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                }
                return new Mutant(prefix + flips + " bit flips", b);
            }
            case 1 -> {
                int value = HUGE_INTS[random.nextInt(HUGE_INTS.length)];
                ByteOrder order = random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                int word = Math.max(0, Math.min(at & ~3, b.length - 4));
                if (b.length >= 4) {
                    ByteBuffer.wrap(b).order(order).putInt(word, value);
                }
                return new Mutant(prefix + String.format("int 0x%08x (%s) at byte %d", value, order, word), b);
            }
            case 2 -> {
                long value = HUGE_LONGS[random.nextInt(HUGE_LONGS.length)];
                int word = Math.max(0, Math.min(at, b.length - 8));
                if (b.length >= 8) {
                    ByteBuffer.wrap(b).putLong(word, value);
                }
                return new Mutant(prefix + "long " + value + " at byte " + word, b);
            }
            case 3 -> {
                int length = Math.min(1 + random.nextInt(16), b.length - at);
                for (int i = 0; i < length; i++) {
                    b[at + i] = (byte) random.nextInt(256);
                }
                return new Mutant(prefix + length + " random bytes at byte " + at, b);
            }
            case 4 -> {
                int length = Math.min(1 + random.nextInt(32), valid.length - at);
                return new Mutant(prefix + "bytes " + at + ".." + (at + length) + " deleted", splice(valid, at, length, new byte[0]));
            }
            case 5 -> {
                int length = Math.min(1 + random.nextInt(64), valid.length - at);
                byte[] span = Arrays.copyOfRange(valid, at, at + length);
                return new Mutant(prefix + "bytes " + at + ".." + (at + length) + " repeated", splice(valid, at, 0, span));
            }
            case 6 -> {
                return replaceMatch(valid, NUMBER, HOSTILE_NUMBERS, random, prefix);
            }
            case 7 -> {
                return replaceMatch(valid, VALUE, HOSTILE_VALUES, random, prefix);
            }
            case 8 -> {
                return replaceNested(valid, random, prefix);
            }
            default -> {
                byte[] noise = new byte[random.nextInt(2 * valid.length + 1)];
                random.nextBytes(noise);
                return new Mutant(prefix + noise.length + " random bytes", noise);
            }
        }
    }

    /** Swaps one randomly chosen match of {@code pattern} in the text for one of {@code replacements}. */
    private static Mutant replaceMatch(byte[] valid, Pattern pattern, List<String> replacements, SplittableRandom random,
            String prefix) {
        String text = new String(valid, StandardCharsets.ISO_8859_1);
        List<int[]> matches = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            matches.add(new int[] {m.start(), m.end()});
        }
        if (matches.isEmpty()) {
            return new Mutant(prefix + "no value to replace", valid.clone());
        }
        int[] m = matches.get(random.nextInt(matches.size()));
        String by = replacements.get(random.nextInt(replacements.size()));
        String shown = by.length() > 40 ? by.substring(0, 20) + "…(" + by.length() + " chars)" : by;
        return new Mutant(prefix + "'" + text.substring(m[0], Math.min(m[1], m[0] + 40)) + "' at byte " + m[0] + " replaced by " + shown,
                splice(valid, m[0], m[1] - m[0], by.getBytes(StandardCharsets.UTF_8)));
    }

    /** Swaps one randomly chosen JSON object or array (brackets counted, strings not parsed) for a hostile value. */
    private static Mutant replaceNested(byte[] valid, SplittableRandom random, String prefix) {
        List<Integer> opens = new ArrayList<>();
        for (int i = 0; i < valid.length; i++) {
            if (valid[i] == '{' || valid[i] == '[') {
                opens.add(i);
            }
        }
        if (opens.isEmpty()) {
            return new Mutant(prefix + "no object or array to replace", valid.clone());
        }
        int start = opens.get(random.nextInt(opens.size()));
        int end = start;
        for (int depth = 0; end < valid.length; end++) {
            depth += valid[end] == '{' || valid[end] == '[' ? 1 : valid[end] == '}' || valid[end] == ']' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        end = Math.min(end + 1, valid.length);
        String by = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
        String shown = by.length() > 40 ? by.substring(0, 20) + "…(" + by.length() + " chars)" : by;
        return new Mutant(prefix + "the value at bytes " + start + ".." + end + " replaced by " + shown,
                splice(valid, start, end - start, by.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
