package org.netinnov.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Per-run bookkeeping: wall time and row counts of each stage, warnings for the report. */
public final class RunContext {
  private static final Logger LOG = LoggerFactory.getLogger(RunContext.class);

  /** Wall time and rows of one stage. */
  public record StageTiming(String stage, double seconds, long rowsIn, long rowsOut) {}

  private final Map<String, StageTiming> timings = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  /** Runs a stage, timing it. */
  public <T> T stage(String name, Supplier<T> body) {
    long t0 = System.nanoTime();
    LOG.info("stage {} ...", name);
    T out = body.get();
    double s = (System.nanoTime() - t0) / 1e9;
    timings.put(name, new StageTiming(name, s, -1, -1));
    LOG.info("stage {} done in {} s", name, String.format(java.util.Locale.ROOT, "%.3f", s));
    return out;
  }

  /** Records the row counts of a finished stage. */
  public void rows(String name, long in, long out) {
    StageTiming t = timings.get(name);
    if (t != null) timings.put(name, new StageTiming(name, t.seconds(), in, out));
  }

  public void warn(String w) {
    warnings.add(w);
    LOG.warn(w);
  }

  public List<StageTiming> timings() { return List.copyOf(timings.values()); }

  public List<String> warnings() { return List.copyOf(warnings); }
}
