package dev.revnas.model;

import dev.revnas.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Named tensors in one file: a header, then for each tensor its name and ND4J's own binary
 * serialisation of the array. Integrity is checked by the checksum the caller records; the reader
 * still checks every size against the file, since ND4J's own reader trusts them (a flipped shape
 * crashed the JVM in native code, a huge length asked for that much memory).
 */
public final class TensorArchive {
    private static final int MAGIC = 0x52564E54; // "RVNT"
    private static final int VERSION = 1;
    /** What Nd4j.write puts before each buffer's length and type. */
    private static final String BUFFER_LAYOUT = "MIXED_DATA_TYPES";
    private static final int MAX_RANK = 32;

    private TensorArchive() {}

    public static void write(Path file, Map<String, INDArray> tensors) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(tensors.size());
            for (Map.Entry<String, INDArray> e : tensors.entrySet()) {
                out.writeUTF(e.getKey());
                Nd4j.write(e.getValue(), out);
            }
        }
    }

    public static Map<String, INDArray> read(Path file) {
        Map<String, INDArray> tensors = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            if (in.readInt() != MAGIC) {
                throw new InvalidInputException(file + " is not a revnas tensor file");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new InvalidInputException(file + " has tensor format version " + version + "; this build reads " + VERSION);
            }
            int count = in.readInt();
            if (count < 0) {
                throw new InvalidInputException(file + " declares " + count + " tensors");
            }
            long bytes = Files.size(file);
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                if (tensors.put(name, readTensor(in, bytes, file + " tensor '" + name + "'")) != null) {
                    throw new InvalidInputException(file + " holds tensor '" + name + "' twice");
                }
            }
            if (in.read() != -1) {
                throw new InvalidInputException(file + " has bytes after its " + count + " tensors");
            }
        } catch (EOFException e) {
            throw new InvalidInputException(file + " is truncated", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException bad) {
                throw bad;
            }
            throw new InvalidInputException(file + " cannot be read: " + e.getMessage(), e);
        }
        return tensors;
    }

    /**
     * One array as Nd4j.write lays it out: a LONG buffer of shape information (rank, shape, strides,
     * flags, element-wise stride, order), then the data buffer, contiguous in that order.
     */
    private static INDArray readTensor(DataInputStream in, long fileBytes, String what) throws IOException {
        long infoLength = bufferHeader(in, "LONG", what);
        if (infoLength < 4 || infoLength > 4 + 2 * MAX_RANK || infoLength % 2 != 0) {
            throw new InvalidInputException(what + ": shape information of " + infoLength + " values (a rank up to " + MAX_RANK
                    + " takes 4 + 2 · rank)");
        }
        long[] info = new long[(int) infoLength];
        for (int i = 0; i < info.length; i++) {
            info[i] = in.readLong();
        }
        int rank = (int) (infoLength - 4) / 2;
        if (info[0] != rank) {
            throw new InvalidInputException(what + ": rank " + info[0] + " in shape information of " + infoLength + " values");
        }
        long[] shape = Arrays.copyOfRange(info, 1, 1 + rank);
        long length = 1;
        for (long size : shape) {
            if (size < 0 || size > 0 && length > fileBytes / size) {
                throw new InvalidInputException(what + ": shape " + Arrays.toString(shape) + " cannot fit in a " + fileBytes + "-byte file");
            }
            length *= size;
        }
        char order = (char) info[info.length - 1];
        if (order != 'c' && order != 'f') {
            throw new InvalidInputException(what + ": order " + info[info.length - 1] + " is neither 'c' nor 'f'");
        }
        long values = bufferLength(in, what);
        String type = in.readUTF();
        DataType dataType = switch (type) {
            case "FLOAT" -> DataType.FLOAT;
            case "DOUBLE" -> DataType.DOUBLE;
            default -> throw new InvalidInputException(what + ": data type '" + type + "' (supported: FLOAT, DOUBLE)");
        };
        if (values != length) {
            throw new InvalidInputException(what + ": " + values + " values for shape " + Arrays.toString(shape) + ", which holds " + length);
        }
        if (length > fileBytes / dataType.width()) {
            throw new InvalidInputException(what + ": " + length + " " + type + " values cannot fit in a " + fileBytes + "-byte file");
        }
        return readData(in, Nd4j.createUninitialized(dataType, shape, order), length * dataType.width());
    }

    /** A buffer's layout, length and type, checked against what is expected. */
    private static long bufferHeader(DataInputStream in, String type, String what) throws IOException {
        long length = bufferLength(in, what);
        String actual = in.readUTF();
        if (!type.equals(actual)) {
            throw new InvalidInputException(what + ": a " + actual + " buffer where a " + type + " buffer belongs");
        }
        return length;
    }

    private static long bufferLength(DataInputStream in, String what) throws IOException {
        String layout = in.readUTF();
        if (!BUFFER_LAYOUT.equals(layout)) {
            throw new InvalidInputException(what + ": buffer layout '" + layout + "' (supported: " + BUFFER_LAYOUT + ")");
        }
        return in.readLong();
    }

    /** Copies {@code bytes} big-endian values into the array's buffer, a chunk at a time (never the whole tensor twice). */
    private static INDArray readData(DataInputStream in, INDArray array, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 16];
        boolean floats = array.dataType() == DataType.FLOAT;
        var floatTarget = floats ? array.data().asNioFloat() : null;
        var doubleTarget = floats ? null : array.data().asNioDouble();
        for (long left = bytes; left > 0; ) {
            int n = (int) Math.min(chunk.length, left);
            in.readFully(chunk, 0, n);
            ByteBuffer values = ByteBuffer.wrap(chunk, 0, n);
            if (floats) {
                floatTarget.put(values.asFloatBuffer());
            } else {
                doubleTarget.put(values.asDoubleBuffer());
            }
            left -= n;
        }
        return array;
    }
}
