package org.netinnov.mechanism;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long task (the bootstrap). The task calls {@link #start}, then {@link #update} with the number of
 * units done so far (from one thread, never concurrently), then {@link #finish}.
 */
public interface ProgressListener {

  void start(String task, long total);

  void update(long done);

  void finish();

  /** Reports nothing. */
  ProgressListener NONE = new ProgressListener() {
    @Override public void start(String task, long total) {}

    @Override public void update(long done) {}

    @Override public void finish() {}
  };

  /**
   * A progress bar on the terminal (me.tongfei progressbar) when the JVM has a console, otherwise an INFO log line
   * at every further 10% — a bar written into a log file or a CI console is only noise.
   */
  static ProgressListener terminal() {
    return System.console() != null ? new Bar() : new Log();
  }

  /** The terminal bar. */
  final class Bar implements ProgressListener {
    private ProgressBar bar;

    @Override public void start(String task, long total) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(200).build();
    }

    @Override public void update(long done) {
      if (bar != null) bar.stepTo(done);
    }

    @Override public void finish() {
      if (bar != null) bar.close();
      bar = null;
    }
  }

  /** Log lines at 10%, 20%, ..., 100%. */
  final class Log implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    private String task;
    private long total;
    private int lastDecile;
    private long started;

    @Override public void start(String task, long total) {
      this.task = task;
      this.total = total;
      this.lastDecile = 0;
      this.started = System.nanoTime();
    }

    @Override public void update(long done) {
      if (total <= 0) return;
      int decile = (int) Math.min(10, done * 10 / total);
      if (decile > lastDecile) {
        lastDecile = decile;
        LOG.info("{}: {}% ({} of {}, {} s)", task, decile * 10, done, total,
            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
      }
    }

    @Override public void finish() {}
  }
}
