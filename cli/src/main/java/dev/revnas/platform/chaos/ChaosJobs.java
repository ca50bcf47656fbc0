package dev.revnas.platform.chaos;

import dev.revnas.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The jobs of a chaos run: tiny searches and trainings (hidden 8, one layer a stack, a 300-pair corpus, checkpoints
 * every few steps, so that a kill usually lands between two checkpoints of a running job), drawn from the seed.
 * Every fourth job is the same request as the one before it, seed included: the two must end the same.
 */
public final class ChaosJobs {
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final ObjectNode SEARCH = resource("search.json");
    private static final ObjectNode TRAINING = resource("train.json");
    private static final JsonNode GENOTYPE = resource("genotype.json");

    /** Search or training, as the API's paths name them. */
    public enum Kind {
        SEARCH("search-jobs"), TRAINING("training-jobs");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The collection under /api/v1 ("search-jobs", "training-jobs"). */
        public String path() {
            return path;
        }
    }

    /**
     * One job to submit.
     *
     * @param twinOf the index of the job whose request this one repeats, or -1
     */
    public record Job(int index, Kind kind, ObjectNode request, int twinOf) {}

    private ChaosJobs() {}

    /** {@code plan.jobs()} jobs on {@code dataset}, the same for the same seed. */
    public static List<Job> of(ChaosPlan plan, String dataset) {
        SplittableRandom random = new SplittableRandom(plan.seed());
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < plan.jobs(); i++) {
            if (i % 4 == 3) {
                Job original = jobs.get(i - 1);
                jobs.add(new Job(i, original.kind(), original.request().deepCopy(), original.index()));
            } else if (random.nextBoolean()) {
                ObjectNode search = SEARCH.deepCopy().put("dataset", dataset).put("seed", random.nextInt(1_000_000));
                search.putObject("budget").put("steps", 6 + random.nextInt(11));
                jobs.add(new Job(i, Kind.SEARCH, search, -1));
            } else {
                ObjectNode training = TRAINING.deepCopy().put("dataset", dataset).put("seed", random.nextInt(1_000_000));
                training.putObject("budget").put("steps", 20 + random.nextInt(41));
                if (random.nextBoolean()) {
                    training.put("baseline", true);
                } else {
                    training.set("genotype", GENOTYPE.deepCopy());
                }
                jobs.add(new Job(i, Kind.TRAINING, training, -1));
            }
        }
        return jobs;
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = ChaosJobs.class.getResourceAsStream(name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
