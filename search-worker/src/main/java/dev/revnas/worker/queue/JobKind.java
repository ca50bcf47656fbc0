package dev.revnas.worker.queue;

/** The two kinds of job in the one queue (jobs.kind). */
public enum JobKind {
    SEARCH, TRAINING
}
