package dev.revnas.db;

/** The two kinds of job in the one queue: the values of jobs.kind, as api-service writes and search-worker claims them. */
public enum JobKind {
    SEARCH, TRAINING
}
