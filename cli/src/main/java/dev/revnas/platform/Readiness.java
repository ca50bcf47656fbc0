package dev.revnas.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a service's {@code /actuator/health/readiness} until it answers 200, the process dies, or time runs out. */
public final class Readiness {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration interval;

    public Readiness(Duration interval) {
        this.interval = interval;
    }

    /** Thrown when a service will not become ready; the message names the service and its log. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }

    /** One probe: true when the endpoint answers 200 (Spring's readiness group is UP). */
    public boolean isReady(String url) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for {@code launch} to be ready.
     *
     * @param alive false once the process has exited: no point waiting for a dead service
     */
    public void await(ServiceLaunch launch, BooleanSupplier alive, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (isReady(launch.readinessUrl())) {
                return;
            }
            if (!alive.getAsBoolean()) {
                throw new NotReadyException(launch.service().module() + " exited before it was ready; see its log "
                        + launch.log());
            }
            if (System.nanoTime() > deadline) {
                throw new NotReadyException(launch.service().module() + " was not ready at " + launch.readinessUrl()
                        + " after " + timeout.toSeconds() + " s; see its log " + launch.log());
            }
            Thread.sleep(interval.toMillis());
        }
    }
}
