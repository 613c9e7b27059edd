package org.emend.client;

import java.io.InputStream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress bars (progressbar, drawn on standard error) for what takes a while, shown only to a
 * person at a terminal: piped or scripted, a command prints its outcome and nothing else.
 */
public final class Progress {

    private Progress() {
    }

    public static boolean shown() {
        return System.console() != null;
    }

    /** {@code in}, with a bar of the bytes read from it; {@code size} -1 when not known. */
    static InputStream reading(String task, InputStream in, long size) {
        if (!shown()) {
            return in;
        }
        boolean small = size >= 0 && size < 10 << 20;
        return ProgressBar.wrap(in, new ProgressBarBuilder().setTaskName(task).setInitialMax(size)
                .setUnit(small ? " KiB" : " MiB", small ? 1 << 10 : 1 << 20).showSpeed().setUpdateIntervalMillis(250));
    }

    /** A bar of tasks done out of {@code total}. */
    public static ProgressBar counting(String task, long total) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUpdateIntervalMillis(250).build();
    }
}
