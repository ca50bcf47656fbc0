package dev.revnas.worker.system;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a worker process claims and runs jobs ({@code revnas.worker.*}).
 *
 * @param id names this process in leases and job events (default: host-pid)
 * @param threads jobs this process runs at the same time
 * @param pollInterval wait between claims when the queue is empty
 * @param leaseDuration how long a claim holds without a heartbeat; then another worker may take the job
 * @param heartbeatInterval how often running jobs' leases are renewed (well under the lease duration)
 * @param checkpointEvery steps between checkpoints for jobs whose config does not set checkpointEvery
 * @param progressInterval least time between progress writes (a checkpoint or a new epoch is always written)
 * @param shutdownTimeout how long a graceful shutdown waits for running jobs to checkpoint and requeue
 */
@ConfigurationProperties("revnas.worker")
public record WorkerProperties(String id, Integer threads, Duration pollInterval, Duration leaseDuration,
        Duration heartbeatInterval, Integer checkpointEvery, Duration progressInterval, Duration shutdownTimeout) {

    public WorkerProperties {
        id = id == null || id.isBlank() ? hostAndPid() : id;
        threads = threads != null ? threads : 1;
        pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(2);
        leaseDuration = leaseDuration != null ? leaseDuration : Duration.ofSeconds(60);
        heartbeatInterval = heartbeatInterval != null ? heartbeatInterval : Duration.ofSeconds(15);
        checkpointEvery = checkpointEvery != null ? checkpointEvery : 100;
        progressInterval = progressInterval != null ? progressInterval : Duration.ofSeconds(1);
        shutdownTimeout = shutdownTimeout != null ? shutdownTimeout : Duration.ofSeconds(120);
        if (threads < 1) {
            throw new IllegalArgumentException("revnas.worker.threads is " + threads + "; it must be at least 1");
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("revnas.worker.checkpoint-every is " + checkpointEvery + "; it must be at least 1");
        }
        if (heartbeatInterval.compareTo(leaseDuration) >= 0) {
            throw new IllegalArgumentException("revnas.worker.heartbeat-interval (" + heartbeatInterval
                    + ") must be shorter than revnas.worker.lease-duration (" + leaseDuration + ")");
        }
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "worker";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
