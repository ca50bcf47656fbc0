package dev.revnas.api.job;

import dev.revnas.api.system.ApiProblem;
import java.util.Arrays;

public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public static JobStatus parse(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiProblem.invalid("status", "status '" + value + "' is unknown; allowed: "
                        + Arrays.toString(values())));
    }
}
