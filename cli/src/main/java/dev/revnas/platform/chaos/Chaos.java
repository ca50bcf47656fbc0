package dev.revnas.platform.chaos;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.CorpusSampler;
import dev.revnas.platform.PlatformClient;
import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.Readiness;
import dev.revnas.platform.Service;
import dev.revnas.platform.ServiceLaunch;
import dev.revnas.platform.ServiceProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The chaos run (issue 13): api-service and N search-workers on this machine, jobs submitted over HTTP, workers
 * SIGKILLed at random moments and restarted, then every job accounted for from the API: finished or lost, run
 * by one worker at a time or not ({@link LeaseViolations}), and the same result as an uninterrupted run of
 * the same request or not ({@link SameResult}).
 *
 * <p>The reference for an interrupted job is an uninterrupted run of the same request: its same-seed twin
 * when the twin ran in one attempt, and otherwise the request run again once the kills are over. Twins that
 * both ran in one attempt must agree as well: if the platform were not deterministic, no comparison with a
 * rerun would mean anything.
 */
public final class Chaos {
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    private static final Duration POLL = Duration.ofSeconds(1);

    /** Where a chaos run shows what it is doing: the CLI draws a bar, a test logs lines. */
    public interface Display {
        void say(String line);

        /** Jobs finished out of {@code total} in the current phase, with a short state (" kills 3/20, 4/4 workers alive"). */
        void progress(String phase, int finished, int total, String state);
    }

    private final PlatformConfig config;
    private final ChaosPlan plan;
    private final Display display;
    private final Duration readyTimeout;
    private ServiceLaunch api;
    private Process apiProcess;

    public Chaos(PlatformConfig config, ChaosPlan plan, Display display, Duration readyTimeout) {
        this.config = config;
        this.plan = plan;
        this.display = display;
        this.readyTimeout = readyTimeout;
    }

    /** A submitted job: what was asked, its id, and (after the run) its view and events. */
    private static final class Submitted {
        final ChaosJobs.Job job;
        final String id;
        JsonNode view;
        List<LeaseViolations.Event> events = List.of();

        Submitted(ChaosJobs.Job job, String id) {
            this.job = job;
            this.id = id;
        }

        boolean finished() {
            return view != null && FINISHED.contains(view.path("status").asString());
        }

        boolean succeeded() {
            return view != null && view.path("status").asString().equals("SUCCEEDED");
        }

        /** Claimed more than once: an attempt was stopped part-way. */
        boolean interrupted() {
            return events.stream().filter(e -> e.type().equals("CLAIMED")).count() > 1;
        }
    }

    public ChaosReport run() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Instant deadline = Instant.now().plus(plan.deadline());
        config.checkCanStart(EnumSet.of(Service.API, Service.WORKER));
        Path corpus = config.stateDir().resolve("corpus");
        if (!Files.exists(corpus.resolve("manifest.json"))) { // a --state used before has it already
            CorpusSampler.sample(config.sampleCorpus(), corpus, new CorpusSampler.Sizes(300, 16, 8));
        }
        try (ServiceProcesses services = new ServiceProcesses(Duration.ofSeconds(30))) {
            ChaosWorkers workers = new ChaosWorkers(config, services, plan);
            PlatformClient client = start(services, workers);
            refuseOtherWork(client);
            String dataset = client.createDataset("chaos-" + Instant.now().toString().replace(':', '-'), corpus.toString());
            List<Submitted> jobs = new ArrayList<>();
            for (ChaosJobs.Job job : ChaosJobs.of(plan, dataset)) {
                jobs.add(new Submitted(job, submit(client, job.kind(), job)));
                display.progress("submit", jobs.size(), plan.jobs(), "");
            }
            display.say("submitted " + jobs.size() + " jobs; " + plan.kills() + " kills to come");

            runWithKills(client, workers, jobs, deadline);
            readEvents(client, jobs);
            Map<Submitted, Submitted> references = references(client, jobs);
            List<Submitted> reruns = references.values().stream().filter(r -> r.job.index() < 0).distinct().toList();
            awaitAll(client, workers, reruns, deadline);

            List<Submitted> all = concat(jobs, reruns);
            Instant observed = Instant.now();
            readEvents(client, all);
            Map<String, List<LeaseViolations.Overlap>> overlaps = LeaseViolations.find(byId(all), workers.deaths(), observed);
            return report(client, jobs, reruns, references, overlaps, workers, begin);
        }
    }

    /** api-service first; the workers together with it on PostgreSQL, after it on H2 (whose server api-service is). */
    private PlatformClient start(ServiceProcesses services, ChaosWorkers workers) throws IOException, InterruptedException {
        display.say("state in " + config.stateDir() + ", logs in " + config.logsDir());
        api = config.launch(Service.API, List.of("--revnas.jobs.max-attempts=" + plan.maxAttempts()));
        apiProcess = services.start(api);
        if (!config.embeddedDatabase()) {
            workers.startAll();
        }
        new Readiness(Duration.ofMillis(500)).await(api, apiProcess::isAlive, readyTimeout);
        if (config.embeddedDatabase()) {
            workers.startAll();
        }
        display.say("api-service ready; " + plan.workers() + " workers starting");
        return new PlatformClient(config.baseUrl(Service.API), null, config.apiKey());
    }

    /** Workers claim whatever is queued: a database with other work would have it killed and would muddle the count. */
    private void refuseOtherWork(PlatformClient client) {
        for (ChaosJobs.Kind kind : ChaosJobs.Kind.values()) {
            long pending = client.jobs(kind.path()).stream()
                    .filter(j -> !FINISHED.contains(j.path("status").asString())).count();
            if (pending > 0) {
                throw new InvalidInputException("the database " + config.jdbcUrl() + " has " + pending + " unfinished "
                        + kind.path() + "; chaos kills workers, so give it a database of its own (--db-url)");
            }
        }
    }

    private static String submit(PlatformClient client, ChaosJobs.Kind kind, ChaosJobs.Job job) {
        return kind == ChaosJobs.Kind.SEARCH ? client.submitSearch(job.request()) : client.submitTraining(job.request());
    }

    /**
     * Polls until every job finished or the deadline passed, killing workers as the schedule says: a kill falls
     * due once its number of jobs has finished and a worker is up (killing a JVM that is still starting
     * interrupts no job): its drawn slot, or the next slot up when that one is still starting. It lands its
     * delay later.
     */
    private void runWithKills(PlatformClient client, ChaosWorkers workers, List<Submitted> jobs, Instant deadline)
            throws IOException, InterruptedException {
        List<KillSchedule.Kill> kills = KillSchedule.of(plan);
        int next = 0;
        int victim = -1;
        Instant due = null;
        while (true) {
            int finished = poll(client, jobs);
            display.progress("jobs", finished, jobs.size(), " kills " + workers.kills() + "/" + plan.kills() + ", "
                    + workers.alive() + "/" + plan.workers() + " workers alive");
            if (finished == jobs.size() || Instant.now().isAfter(deadline)) {
                return;
            }
            workers.restartDead();
            KillSchedule.Kill kill = next < kills.size() ? kills.get(next) : null;
            if (kill != null && due == null && finished >= kill.afterFinished()) {
                victim = workers.readyFrom(kill.slot());
                due = victim < 0 ? null : Instant.now().plus(kill.delay());
            }
            if (due != null && !Instant.now().isBefore(due)) {
                workers.kill(victim);
                next++;
                due = null;
                continue;
            }
            Duration wait = due == null ? POLL : Duration.between(Instant.now(), due);
            Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), wait.toMillis())));
        }
    }

    /** Waits, without kills, for the reruns to finish or the deadline to pass. */
    private void awaitAll(PlatformClient client, ChaosWorkers workers, List<Submitted> reruns, Instant deadline)
            throws IOException, InterruptedException {
        while (!reruns.isEmpty()) {
            int finished = poll(client, reruns);
            display.progress("reruns", finished, reruns.size(), " " + workers.alive() + "/" + plan.workers() + " workers alive");
            if (finished == reruns.size() || Instant.now().isAfter(deadline)) {
                return;
            }
            workers.restartDead();
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Reads every job's view from the API's lists; returns how many have finished. */
    private int poll(PlatformClient client, List<Submitted> jobs) {
        if (!apiProcess.isAlive()) {
            throw new IllegalStateException("api-service exited (code " + apiProcess.exitValue() + "); see its log " + api.log());
        }
        Map<String, JsonNode> views = new HashMap<>();
        for (ChaosJobs.Kind kind : ChaosJobs.Kind.values()) {
            if (jobs.stream().anyMatch(s -> s.job.kind() == kind)) {
                client.jobs(kind.path()).forEach(v -> views.put(v.path("id").asString(), v));
            }
        }
        int finished = 0;
        for (Submitted s : jobs) {
            s.view = views.getOrDefault(s.id, s.view);
            finished += s.finished() ? 1 : 0;
        }
        return finished;
    }

    private static void readEvents(PlatformClient client, List<Submitted> jobs) {
        for (Submitted s : jobs) {
            List<LeaseViolations.Event> events = new ArrayList<>();
            for (JsonNode e : client.events(s.job.kind().path(), s.id)) {
                events.add(new LeaseViolations.Event(Instant.parse(e.path("at").asString()), e.path("type").asString(),
                        e.path("attempt").asInt(), e.path("worker").isNull() ? null : e.path("worker").asString()));
            }
            s.events = events;
        }
    }

    private static Map<String, List<LeaseViolations.Event>> byId(List<Submitted> jobs) {
        Map<String, List<LeaseViolations.Event>> events = new LinkedHashMap<>();
        jobs.forEach(s -> events.put(s.id, s.events));
        return events;
    }

    /**
     * The uninterrupted run each job is compared with: for an interrupted job, its twin if the twin ran in one
     * attempt, else a rerun of its request (one per request); for a twin that ran in one attempt, the other twin
     * if that one did too. A job with neither is its own reference and is not compared.
     */
    private Map<Submitted, Submitted> references(PlatformClient client, List<Submitted> jobs) {
        Map<Integer, Submitted> byIndex = new HashMap<>();
        jobs.forEach(s -> byIndex.put(s.job.index(), s));
        Map<Integer, Submitted> reruns = new HashMap<>();
        Map<Submitted, Submitted> references = new LinkedHashMap<>();
        for (Submitted s : jobs) {
            if (!s.succeeded()) {
                continue;
            }
            Submitted twin = twin(s, byIndex);
            boolean cleanTwin = twin != null && twin.succeeded() && !twin.interrupted();
            if (!s.interrupted()) {
                if (cleanTwin && s.job.twinOf() >= 0) {
                    references.put(s, twin); // both in one attempt: the pair must agree (once, from the second's side)
                }
            } else if (cleanTwin) {
                references.put(s, twin);
            } else {
                int request = s.job.twinOf() >= 0 ? s.job.twinOf() : s.job.index();
                references.put(s, reruns.computeIfAbsent(request, r -> {
                    ChaosJobs.Job again = new ChaosJobs.Job(-1 - r, s.job.kind(), s.job.request().deepCopy(), r);
                    return new Submitted(again, submit(client, again.kind(), again));
                }));
            }
        }
        if (!reruns.isEmpty()) {
            display.say(reruns.size() + " requests of interrupted jobs without an uninterrupted twin run again, without kills");
        }
        return references;
    }

    private static Submitted twin(Submitted s, Map<Integer, Submitted> byIndex) {
        if (s.job.twinOf() >= 0) {
            return byIndex.get(s.job.twinOf());
        }
        Submitted next = byIndex.get(s.job.index() + 1);
        return next != null && next.job.twinOf() == s.job.index() ? next : null;
    }

    private ChaosReport report(PlatformClient client, List<Submitted> jobs, List<Submitted> reruns,
            Map<Submitted, Submitted> references, Map<String, List<LeaseViolations.Overlap>> overlaps, ChaosWorkers workers,
            long begin) {
        List<ChaosReport.Problem> problems = new ArrayList<>();
        int succeeded = 0;
        int failed = 0;
        int lost = 0;
        for (Submitted s : concat(jobs, reruns)) {
            String what = s.job.index() >= 0 ? "" : "the rerun of job #" + s.job.twinOf() + ": ";
            if (!s.finished()) {
                lost++;
                problems.add(problem("lost", s, what + "still " + (s.view == null ? "unknown to the API" : s.view.path("status").asString())
                        + " at the deadline (" + plan.deadline().toMinutes() + " min)"));
            } else if (!s.succeeded()) {
                failed++;
                problems.add(problem("failed", s, what + s.view.path("status").asString() + ": " + s.view.path("error").asString()));
            } else if (s.job.index() >= 0) {
                succeeded++;
            }
        }
        for (Submitted s : concat(jobs, reruns)) {
            for (LeaseViolations.Overlap o : overlaps.getOrDefault(s.id, List.of())) {
                problems.add(problem("concurrent", s, o.toString()));
            }
        }
        SameResult same = new SameResult(client, config.stateDir().resolve("compared"));
        int compared = 0;
        int mismatches = 0;
        for (Map.Entry<Submitted, Submitted> e : references.entrySet()) {
            Submitted job = e.getKey();
            Submitted reference = e.getValue();
            if (!reference.succeeded()) {
                continue; // its failure or loss is counted above
            }
            display.progress("compare", ++compared, references.size(), "");
            Optional<String> difference;
            try {
                difference = same.difference(job.job.kind(), reference.view, job.view);
            } catch (RuntimeException unreadable) {
                // A result that cannot be read back (a missing or damaged artifact) is not the reference's either.
                difference = Optional.of("its result or the reference's cannot be read: " + unreadable.getMessage());
            }
            if (difference.isPresent()) {
                mismatches++;
                problems.add(problem("mismatch", job, "against " + (reference.job.index() >= 0 ? "twin #" + reference.job.index()
                        : "the rerun " + reference.id) + (reference.interrupted() ? " (itself interrupted)" : "") + ": "
                        + difference.get()));
            }
        }
        int interrupted = (int) jobs.stream().filter(Submitted::interrupted).count();
        return new ChaosReport(plan.workers(), plan.jobs(), plan.kills(), plan.seed(),
                config.embeddedDatabase() ? "embedded H2" : "PostgreSQL", workers.kills(), succeeded, failed, lost,
                interrupted, overlaps.size(), compared, mismatches, reruns.size(), workers.unexpectedExits(),
                (System.nanoTime() - begin) / 1_000_000_000L, problems);
    }

    /** A problem of a job, or of the rerun of a job's request (named by that job's index). */
    private static ChaosReport.Problem problem(String type, Submitted s, String detail) {
        return new ChaosReport.Problem(type, s.job.index() >= 0 ? s.job.index() : s.job.twinOf(), s.id, detail);
    }

    private static List<Submitted> concat(List<Submitted> a, List<Submitted> b) {
        List<Submitted> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
