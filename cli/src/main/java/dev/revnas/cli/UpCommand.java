package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.platform.Demo;
import dev.revnas.platform.PlatformClient;
import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.PlatformKeys;
import dev.revnas.platform.Readiness;
import dev.revnas.platform.Service;
import dev.revnas.platform.ServiceLaunch;
import dev.revnas.platform.ServiceProcesses;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts api-service, translation-service and search-worker on this machine (on an embedded H2 "
                + "database under --state unless --db-url is given), registers the sample corpus data/samples/en-de, "
                + "prints the URLs and the admin key, and runs until Ctrl-C. --demo runs search, training of the "
                + "genotype, deployment and translation end to end.")
final class UpCommand implements Callable<Integer> {
    @Mixin
    PlatformOptions platform;

    @Option(names = "--translation-port", defaultValue = "8081",
            description = "translation-service's port (default ${DEFAULT-VALUE}).")
    int translationPort;

    @Option(names = "--worker-port", defaultValue = "8082",
            description = "search-worker's actuator port (default ${DEFAULT-VALUE}).")
    int workerPort;

    @Option(names = "--demo", description = "Search, train the genotype, deploy, translate test sentences, print BLEU.")
    boolean demo;

    @Option(names = "--keep", description = "With --demo: keep the platform running afterwards.")
    boolean keep;

    @Option(names = "--search-steps", defaultValue = "30", description = "--demo's search budget in steps.")
    int searchSteps;

    @Option(names = "--train-steps", defaultValue = "200", description = "--demo's training budget in steps.")
    int trainSteps;

    @Option(names = "--sentences", defaultValue = "5", description = "--demo: test sentences to translate.")
    int sentences;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PlatformConfig config = config(System.getenv("REVNAS_API_KEY"));
        Demo.Budget budget = new Demo.Budget(searchSteps, trainSteps, sentences, Duration.ofMinutes(15));
        config.checkCanStart(EnumSet.allOf(Service.class));
        Path corpus = config.sampleCorpus();
        try (ServiceProcesses services = new ServiceProcesses(Duration.ofSeconds(30))) {
            Thread hook = new Thread(services::close, "revnas-up-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                start(config, services);
            } catch (Readiness.NotReadyException e) {
                System.err.println("revnas: " + e.getMessage());
                return ExitCodes.INTERNAL;
            }
            PlatformClient client = new PlatformClient(config.baseUrl(Service.API), config.baseUrl(Service.TRANSLATION),
                    config.apiKey());
            String dataset = client.registerDataset("sample-en-de", corpus.toString());
            printUrls(config, dataset, System.getenv("REVNAS_API_KEY") == null);
            if (demo) {
                Demo.Result r = new Demo(client, new BarDisplay(), Duration.ofSeconds(2)).run(dataset, corpus, budget);
                printDemo(r);
                if (!keep) {
                    return ExitCodes.OK;
                }
            }
            out.println("running; Ctrl-C stops the services");
            ServiceLaunch dead = services.awaitAnyExit();
            if (services.stopping()) {
                return ExitCodes.OK;
            }
            System.err.println("revnas: " + dead.service().module() + " exited (code "
                    + services.process(dead.service()).exitValue() + "); see its log " + dead.log());
            return ExitCodes.INTERNAL;
        }
    }

    /** Validated configuration; the API key comes from REVNAS_API_KEY or is generated. */
    PlatformConfig config(String envApiKey) {
        if (keep && !demo) {
            throw new InvalidInputException("--keep only makes sense with --demo (without it, up keeps running anyway)");
        }
        String key = envApiKey == null || envApiKey.isBlank() ? PlatformKeys.generate() : envApiKey;
        return platform.config(PlatformConfig.ports(platform.apiPort, translationPort, workerPort), "runs/platform", key);
    }

    /** api-service first (it migrates the schema and creates the H2 file), then the other two together. */
    private void start(PlatformConfig config, ServiceProcesses services) throws IOException, InterruptedException {
        Readiness readiness = new Readiness(Duration.ofMillis(500));
        Duration timeout = Duration.ofSeconds(platform.readyTimeout);
        out.println("revnas up: state in " + config.stateDir() + ", logs in " + config.logsDir());
        long begin = System.nanoTime();
        ServiceLaunch api = config.launch(Service.API);
        awaitReady(readiness, api, start(services, api), timeout, begin);
        ServiceLaunch translation = config.launch(Service.TRANSLATION);
        ServiceLaunch worker = config.launch(Service.WORKER);
        Process translationProcess = start(services, translation);
        Process workerProcess = start(services, worker);
        awaitReady(readiness, translation, translationProcess, timeout, begin);
        awaitReady(readiness, worker, workerProcess, timeout, begin);
    }

    private Process start(ServiceProcesses services, ServiceLaunch launch) throws IOException {
        out.printf("  %-20s starting, log %s%n", launch.service().module(), launch.log());
        return services.start(launch);
    }

    /** A line per service once it is ready: the progress display of a start-up. */
    private void awaitReady(Readiness readiness, ServiceLaunch launch, Process process, Duration timeout, long begin)
            throws InterruptedException {
        readiness.await(launch, process::isAlive, timeout);
        out.printf("  %-20s ready after %d s%n", launch.service().module(), (System.nanoTime() - begin) / 1_000_000_000L);
    }

    private void printUrls(PlatformConfig config, String dataset, boolean generatedKey) {
        String api = config.baseUrl(Service.API);
        out.println();
        out.println("revnas platform is up (" + (config.embeddedDatabase() ? "embedded H2 " : "") + config.jdbcUrl() + ")");
        out.println("  API               " + api + "/api/v1");
        out.println("  dashboard         " + api + "/   (paste the admin API key below)");
        out.println("  Swagger UI        " + api + "/swagger-ui.html");
        out.println("  translation       " + config.baseUrl(Service.TRANSLATION) + "/api/v1/translate");
        out.println("  worker actuator   " + config.baseUrl(Service.WORKER) + "/actuator/health");
        out.println("  sample dataset    " + dataset + " (" + PlatformConfig.SAMPLE + ")");
        out.println("  admin API key     " + config.apiKey()
                + (generatedKey ? "   (generated; set REVNAS_API_KEY to choose one)" : "   (from REVNAS_API_KEY)"));
        out.println("  try: curl -H 'X-API-Key: " + config.apiKey() + "' " + api + "/api/v1/datasets");
        out.println();
    }

    private void printDemo(Demo.Result r) {
        out.println();
        out.println("model " + r.modelName() + " (" + r.modelId() + "), test BLEU "
                + (r.bleu() == null ? "n/a" : String.format("%.2f", r.bleu())));
        for (int i = 0; i < r.sources().size(); i++) {
            out.println("  source:      " + r.sources().get(i));
            out.println("  reference:   " + (i < r.references().size() ? r.references().get(i) : ""));
            out.println("  translation: " + (i < r.translations().size() ? r.translations().get(i) : "(none)"));
        }
        out.printf("demo done in %d min %d s%n", r.took().toMinutes(), r.took().toSecondsPart());
    }

    /** Progress bars on stderr, lines on stdout. */
    private final class BarDisplay implements Demo.Display {
        @Override
        public void say(String line) {
            out.println(line);
        }

        @Override
        public Demo.JobBar bar(String task) {
            // No speed column: a job's percent per second says nothing the ETA does not.
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(100).setUnit(" %", 1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500).build();
            return new Demo.JobBar() {
                @Override
                public void update(double percent, String message) {
                    bar.stepTo(Math.round(percent));
                    bar.setExtraMessage(message);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
    }
}
