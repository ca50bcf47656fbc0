package dev.revnas.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr, so that stdout stays machine-readable. On a terminal the bar redraws
 * in place; written to a file (a long run under nohup) it prints one whole line a minute
 * instead, since redrawing with carriage returns leaves hours of progress on a single line.
 */
final class Progress {
    static final long LOG_INTERVAL_MILLIS = 60_000;

    private Progress() {}

    /** A bar counting {@code unit}s, with its speed and the library's ETA. */
    static ProgressBar bar(String task, long max, String unit) {
        return builder(task, max, unit).showSpeed().build();
    }

    /**
     * A bar in percent of a budget, without a speed (percent per second says nothing).
     *
     * @param ownEta the caller shows its own ETA in the extra message; the library's, counted from the
     *     bar's start, would disagree with it
     */
    static ProgressBar percent(String task, boolean ownEta) {
        ProgressBarBuilder b = builder(task, 100, "%");
        return (ownEta ? b.hideEta() : b).build();
    }

    private static ProgressBarBuilder builder(String task, long max, String unit) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII);
        if (System.console() != null) {
            return b.setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250);
        }
        return b.setConsumer(new DelegatingProgressBarConsumer(System.err::println, 100))
                .setUpdateIntervalMillis((int) LOG_INTERVAL_MILLIS);
    }
}
