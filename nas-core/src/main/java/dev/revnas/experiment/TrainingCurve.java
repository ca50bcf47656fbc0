package dev.revnas.experiment;

import dev.revnas.InvalidInputException;
import dev.revnas.io.AtomicFiles;
import dev.revnas.train.TrainProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A training stage's learning curve, {@code curve.csv}: per update its step, the target tokens
 * read so far, the training loss of that update, and the latest validation loss (empty before the
 * first validation). Saved with every checkpoint, so a resumed stage keeps the rows up to its
 * checkpoint and writes the later ones again as the updates are redone.
 */
final class TrainingCurve {
    static final String FILE = "curve.csv";
    private static final String HEADER = "step,targetTokens,trainLoss,validLoss";

    /** One update; {@code validLoss} is NaN before the first validation. */
    record Point(long step, long targetTokens, double trainLoss, double validLoss) {}

    private final Path file;
    private final List<Point> points;

    private TrainingCurve(Path file, List<Point> points) {
        this.file = file;
        this.points = points;
    }

    /** The stage's curve so far: what its last checkpoint saved when resuming, empty otherwise. */
    static TrainingCurve in(Path stageDir, boolean resume) {
        Path file = stageDir.resolve(FILE);
        return new TrainingCurve(file, resume && Files.exists(file) ? read(file) : new ArrayList<>());
    }

    /** Records an update; rows at or after its step (written after the checkpoint a resume went back to) are dropped. */
    void add(TrainProgress p) {
        while (!points.isEmpty() && points.get(points.size() - 1).step() >= p.step()) {
            points.remove(points.size() - 1); // rows are in step order: only the tail can be redone
        }
        points.add(new Point(p.step(), p.targetTokens(), p.trainLoss(), p.validLoss() == null ? Double.NaN : p.validLoss()));
    }

    void save() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Point p : points) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%s%n", p.step(), p.targetTokens(), p.trainLoss(),
                    Double.isNaN(p.validLoss()) ? "" : String.format(Locale.ROOT, "%.6f", p.validLoss())));
        }
        AtomicFiles.write(file, csv.toString());
    }

    /** Reads a curve.csv, refusing one that is not (naming the file and line). */
    static List<Point> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new InvalidInputException(file + ": not a training curve (its first line must be " + HEADER + ")");
        }
        List<Point> points = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            try {
                if (f.length != 4) {
                    throw new NumberFormatException(f.length + " columns, not 4");
                }
                points.add(new Point(Long.parseLong(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]),
                        f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3])));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return points;
    }
}
