package dev.revnas.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The main job end to end on a running platform: search, train the genotype, deploy, translate, BLEU. */
public final class Demo {
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    /** Where the demo shows what it is doing; the CLI draws progress bars. */
    public interface Display {
        void say(String line);

        /** A bar for one job, updated with its progress percent (0-100) and a short message. */
        JobBar bar(String task);
    }

    public interface JobBar extends AutoCloseable {
        void update(double percent, String message);

        @Override
        void close();
    }

    /** What the demo produced. */
    public record Result(String searchJob, String trainingJob, String modelId, String modelName, Double bleu,
            List<String> sources, List<String> references, List<String> translations, Duration took) {}

    /** Budgets of the demo; small enough for a 2-core machine. */
    public record Budget(int searchSteps, int trainSteps, int sentences, Duration jobTimeout) {
        public Budget {
            if (searchSteps < 1 || trainSteps < 1) {
                throw new dev.revnas.InvalidInputException("--search-steps and --train-steps must be at least 1");
            }
            if (sentences < 1) {
                throw new dev.revnas.InvalidInputException("--sentences must be at least 1");
            }
        }
    }

    private final PlatformClient client;
    private final Display display;
    private final Duration poll;

    public Demo(PlatformClient client, Display display, Duration poll) {
        this.client = client;
        this.display = display;
        this.poll = poll;
    }

    /** The search request: the bundled tiny search config on {@code datasetId}, with the step budget. */
    public static ObjectNode searchRequest(String datasetId, Budget budget) {
        ObjectNode config = resource("demo-search.json");
        config.put("dataset", datasetId);
        config.putObject("budget").put("steps", budget.searchSteps());
        return config;
    }

    /** The training request: the searched genotype of {@code searchJob}, the bundled tiny training config. */
    public static ObjectNode trainingRequest(String datasetId, String searchJob, Budget budget) {
        ObjectNode config = resource("demo-train.json");
        config.put("dataset", datasetId);
        config.put("searchJob", searchJob);
        config.putObject("budget").put("steps", budget.trainSteps());
        return config;
    }

    public Result run(String datasetId, Path corpus, Budget budget) throws InterruptedException {
        long start = System.nanoTime();
        String search = client.submitSearch(searchRequest(datasetId, budget));
        display.say("search job " + search + " submitted (" + budget.searchSteps() + " steps)");
        JsonNode searched = await("search-jobs", search, "search", budget.jobTimeout());
        display.say("genotype: " + describe(searched.path("genotype")));

        String training = client.submitTraining(trainingRequest(datasetId, search, budget));
        display.say("training job " + training + " submitted (" + budget.trainSteps() + " steps)");
        JsonNode trained = await("training-jobs", training, "train", budget.jobTimeout());
        String modelId = trained.path("model").asString(null);
        if (modelId == null) {
            throw new IllegalStateException("training job " + training + " succeeded without a model: " + trained);
        }
        JsonNode model = client.model(modelId);
        String name = model.path("name").asString();
        client.deploy(modelId);
        display.say("model " + name + " (" + modelId + ") deployed");
        awaitServed(name, Duration.ofMinutes(2));

        List<String> sources = lines(corpus, "test." + source(model, corpus), budget.sentences());
        List<String> references = lines(corpus, "test." + target(model, corpus), budget.sentences());
        ObjectNode request = PlatformClient.JSON.createObjectNode().put("model", name).put("beam", 4);
        sources.forEach(request.putArray("texts")::add);
        List<String> translations = new ArrayList<>();
        for (JsonNode t : client.translate(request).path("translations")) {
            translations.add(t.isString() ? t.asString() : t.path("text").asString(t.path("translation").asString()));
        }
        JsonNode bleu = client.model(modelId).path("bleu");
        return new Result(search, training, modelId, name, bleu.isNumber() ? bleu.asDouble() : null, sources,
                references, translations, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Polls a job until it finishes; anything but SUCCEEDED is an error carrying the job's own message. */
    private JsonNode await(String kind, String id, String task, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (JobBar bar = display.bar(task)) {
            while (true) {
                JsonNode job = client.job(kind, id);
                String status = job.path("status").asString();
                bar.update(job.path("progress").asDouble(0), status.toLowerCase(java.util.Locale.ROOT)
                        + (job.path("etaSeconds").isNumber() ? " eta " + job.get("etaSeconds").asLong() + " s" : ""));
                if (FINISHED.contains(status)) {
                    if (!status.equals("SUCCEEDED")) {
                        throw new IllegalStateException(kind + " " + id + " " + status + ": " + job.path("error").asString());
                    }
                    bar.update(100, "succeeded");
                    return job;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(kind + " " + id + " still " + status + " after "
                            + timeout.toMinutes() + " min");
                }
                Thread.sleep(poll.toMillis());
            }
        }
    }

    /** translation-service picks deployed models up from the artifact store on its own schedule. */
    private void awaitServed(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode listed = client.translationModels();
            for (JsonNode m : listed.has("models") ? listed.get("models") : listed) {
                if (name.equals(m.path("name").asString())) {
                    String status = m.path("status").asString("READY");
                    if (status.equals("FAILED")) {
                        throw new IllegalStateException("translation-service failed to load model " + name + ": "
                                + m.path("error").asString());
                    }
                    if (status.equals("READY")) {
                        return;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("translation-service did not load model " + name + " within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** The searched ops per cell node, e.g. "encoder ffn | ffn+sep_conv_3; decoder cross_attn_4 | ...". */
    static String describe(JsonNode genotype) {
        List<String> stacks = new ArrayList<>();
        for (String stack : List.of("encoder", "decoder")) {
            List<String> nodes = new ArrayList<>();
            for (JsonNode cell : genotype.path(stack).path("cells")) {
                for (JsonNode node : cell.path("nodes")) {
                    List<String> ops = new ArrayList<>();
                    node.forEach(edge -> ops.add(edge.path("op").asString()));
                    nodes.add(String.join("+", ops));
                }
            }
            stacks.add(stack + " " + String.join(" | ", nodes));
        }
        return String.join("; ", stacks);
    }

    private static String source(JsonNode model, Path corpus) {
        return pair(model, corpus)[0];
    }

    private static String target(JsonNode model, Path corpus) {
        return pair(model, corpus)[1];
    }

    private static String[] pair(JsonNode model, Path corpus) {
        String pair = model.path("pair").asString(corpus.getFileName().toString());
        return pair.split("-", 2);
    }

    static List<String> lines(Path corpus, String file, int n) {
        try (var lines = Files.lines(corpus.resolve(file))) {
            return lines.limit(n).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode resource(String name) {
        try (InputStream in = Demo.class.getResourceAsStream(name)) {
            return (ObjectNode) PlatformClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
