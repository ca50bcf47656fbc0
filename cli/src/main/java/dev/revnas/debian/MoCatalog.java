package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled GNU gettext catalog (.mo): a header of seven 32-bit words (magic 0x950412de in the
 * file's byte order, revision, N, offset of the original-string table, offset of the translation
 * table, hash-table size and offset), then two tables of N (length, offset) descriptors.
 * The hash table only speeds up look-ups, so it is bounds-checked and otherwise ignored.
 */
public record MoCatalog(String origin, Charset charset, List<MoEntry> entries) {
    static final int MAGIC = 0x950412de;
    private static final int HEADER_BYTES = 28;
    private static final Pattern CHARSET = Pattern.compile("charset=([^\\s;]+)", Pattern.CASE_INSENSITIVE);

    public MoCatalog {
        entries = List.copyOf(entries);
    }

    public static MoCatalog read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** Parses the bytes of a .mo file; {@code origin} names it in error messages. */
    public static MoCatalog parse(byte[] bytes, String origin) {
        if (bytes.length < HEADER_BYTES) {
            throw bad(origin, "truncated .mo catalog: " + bytes.length + " bytes, the header alone needs " + HEADER_BYTES);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (buf.getInt(0) != MAGIC) {
            buf.order(ByteOrder.BIG_ENDIAN);
            if (buf.getInt(0) != MAGIC) {
                throw bad(origin, String.format("not a GNU .mo catalog: magic 0x%08x, expected 0x%08x", buf.getInt(0), MAGIC));
            }
        }
        int major = buf.getInt(4) >>> 16;
        if (major > 1) {
            throw bad(origin, "unsupported .mo major revision " + major + " (supported: 0, 1)");
        }
        long n = Integer.toUnsignedLong(buf.getInt(8));
        long originals = Integer.toUnsignedLong(buf.getInt(12));
        long translations = Integer.toUnsignedLong(buf.getInt(16));
        long hashSize = Integer.toUnsignedLong(buf.getInt(20));
        long hashOffset = Integer.toUnsignedLong(buf.getInt(24));
        within(origin, bytes, "original-string table", originals, 8 * n);
        within(origin, bytes, "translation table", translations, 8 * n);
        if (hashSize > 0) {
            within(origin, bytes, "hash table", hashOffset, 4 * hashSize);
        }

        byte[][] rawOriginals = new byte[(int) n][];
        byte[][] rawTranslations = new byte[(int) n][];
        for (int i = 0; i < n; i++) {
            rawOriginals[i] = string(origin, bytes, buf, originals + 8L * i, "original", i);
            rawTranslations[i] = string(origin, bytes, buf, translations + 8L * i, "translation", i);
        }
        Charset charset = StandardCharsets.UTF_8;
        for (int i = 0; i < n; i++) {
            if (rawOriginals[i].length == 0) {
                charset = declaredCharset(origin, new String(rawTranslations[i], StandardCharsets.US_ASCII));
                break;
            }
        }
        List<MoEntry> entries = new ArrayList<>((int) n);
        for (int i = 0; i < n; i++) {
            entries.add(entry(decode(origin, charset, rawOriginals[i], i), decode(origin, charset, rawTranslations[i], i)));
        }
        return new MoCatalog(origin, charset, entries);
    }

    /** The original is "context\u0004msgid" or "msgid\0msgid_plural"; plural translations are NUL-separated. */
    static MoEntry entry(String original, String translation) {
        String context = null;
        int eot = original.indexOf('\u0004');
        if (eot >= 0) {
            context = original.substring(0, eot);
            original = original.substring(eot + 1);
        }
        int nul = original.indexOf('\0');
        String msgid = nul < 0 ? original : original.substring(0, nul);
        String plural = nul < 0 ? null : original.substring(nul + 1);
        List<String> forms = nul < 0 ? List.of(translation) : Arrays.asList(translation.split("\0", -1));
        return new MoEntry(context, msgid, plural, forms);
    }

    private static Charset declaredCharset(String origin, String header) {
        Matcher m = CHARSET.matcher(header);
        if (!m.find() || m.group(1).equalsIgnoreCase("CHARSET")) {
            return StandardCharsets.UTF_8; // no declared charset: gettext's template default
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw bad(origin, "unsupported charset '" + m.group(1) + "' declared in the catalog header");
        }
    }

    private static byte[] string(String origin, byte[] bytes, ByteBuffer buf, long descriptor, String table, int index) {
        long length = Integer.toUnsignedLong(buf.getInt((int) descriptor));
        long offset = Integer.toUnsignedLong(buf.getInt((int) descriptor + 4));
        within(origin, bytes, table + " string " + index, offset, length);
        return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length));
    }

    private static String decode(String origin, Charset charset, byte[] raw, int index) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw bad(origin, "string " + index + " is not valid " + charset.name());
        }
    }

    private static void within(String origin, byte[] bytes, String what, long offset, long length) {
        if (offset + length > bytes.length) {
            throw bad(origin, "truncated or corrupt .mo catalog: " + what + " spans bytes " + offset + ".."
                    + (offset + length) + " of a " + bytes.length + "-byte file");
        }
    }

    private static InvalidInputException bad(String origin, String message) {
        return new InvalidInputException(origin + ": " + message);
    }
}
