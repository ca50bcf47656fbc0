package dev.revnas.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revnas.api.ApiTest;
import dev.revnas.api.job.JobMeters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobMetricsApiTest extends ApiTest {
    @Autowired
    JobMeters meters;

    @Test
    void prometheusShowsJobsByStateQueueDepthAndDurations() {
        String dataset = registerSample();
        String done = submitSearch(dataset);
        submitSearch(dataset);
        submitSearch(dataset);
        finishSearch(done); // ran 90 seconds

        meters.refresh();
        String scrape = get("/actuator/prometheus", null).text();

        assertThat(scrape).contains("revnas_jobs{kind=\"SEARCH\",state=\"QUEUED\"} 2.0");
        assertThat(scrape).contains("revnas_jobs{kind=\"SEARCH\",state=\"SUCCEEDED\"} 1.0");
        assertThat(scrape).contains("revnas_jobs{kind=\"TRAINING\",state=\"RUNNING\"} 0.0");
        assertThat(scrape).contains("revnas_queue_depth 2.0");
        assertThat(scrape).contains("revnas_job_duration_seconds_count{kind=\"SEARCH\",state=\"SUCCEEDED\"} 1");
        assertThat(scrape).containsPattern("revnas_job_duration_seconds_sum\\{kind=\"SEARCH\",state=\"SUCCEEDED\"} 9\\d\\.");
        assertThat(scrape).contains("revnas_jobs_submitted_total{kind=\"SEARCH\"}");
    }
}
