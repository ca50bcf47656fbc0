package dev.revnas.worker.queue;

/** What the row says a running attempt should do next. */
public enum JobControl {
    /** Keep going. */
    CONTINUE,
    /** api-service set cancel_requested. */
    CANCEL,
    /** The lease is no longer ours: another worker took the job over, or it was settled. */
    LOST
}
