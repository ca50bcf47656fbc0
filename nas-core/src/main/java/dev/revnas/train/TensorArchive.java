package dev.revnas.train;

import dev.revnas.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Named tensors in one file: a header, then for each tensor its name and ND4J's own binary
 * serialisation of the array. Integrity is checked by the checksum the caller records.
 */
public final class TensorArchive {
    private static final int MAGIC = 0x52564E54; // "RVNT"
    private static final int VERSION = 1;

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
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                tensors.put(name, Nd4j.read(in));
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
}
