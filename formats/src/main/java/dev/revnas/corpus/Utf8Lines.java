package dev.revnas.corpus;

import dev.revnas.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a text file line by line as strict UTF-8: a malformed byte is an error that names the
 * file, the line and the byte, not a silent U+FFFD (the JDK readers either replace or report
 * without a line number). Lines end at {@code \n}; one trailing {@code \r} is dropped, so
 * CRLF files read as LF files; a lone {@code \r} inside a line is kept, so line numbers agree
 * with {@code wc -l} and with the other side of a parallel corpus.
 */
public final class Utf8Lines implements Closeable {
    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private CharBuffer chars = CharBuffer.allocate(256);
    private long number;
    private boolean ended;

    /** {@code name} is what error messages call the input, e.g. its path or {@code <stdin>}. */
    public Utf8Lines(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Opens a file; a missing file is bad input that names it. */
    public static Utf8Lines open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        try {
            return new Utf8Lines(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }

    /** Every line of a file. */
    public static List<String> readAll(Path file) {
        try (Utf8Lines lines = open(file)) {
            return lines.rest();
        }
    }

    /** Every line left in the stream. */
    public List<String> rest() {
        List<String> all = new ArrayList<>();
        for (String s = next(); s != null; s = next()) {
            all.add(s);
        }
        return all;
    }

    /** The next line, or null at the end of the input. */
    public String next() {
        if (ended) {
            return null;
        }
        int length = 0;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (length == 0) {
                    return null;
                }
                break;
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int n = end - position;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(2 * line.length, length + n));
            }
            System.arraycopy(buffer, position, line, length, n);
            length += n;
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return decode(length);
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " line " + (number + 1) + ": read failed", e);
        }
    }

    /** The number of the line {@link #next()} returned last (1-based), 0 before the first. */
    public long lineNumber() {
        return number;
    }

    public String name() {
        return name;
    }

    private String decode(int length) {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
        }
        chars.clear();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int at = bytes.position();
            throw new InvalidInputException(String.format("%s line %d: invalid UTF-8 (byte 0x%02X at byte %d of the line)",
                    name, number, line[at] & 0xFF, at + 1));
        }
        chars.flip();
        return chars.toString();
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
