package org.netinnov.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.netinnov.config.DataSpec;
import org.netinnov.config.Suggest;
import org.netinnov.data.Panel;

/**
 * Ingest and clean: reads the raw file(s), parses numbers written as text, drops rows without identifiers,
 * resolves duplicate firm-years, joins further files, then runs the configurable steps of {@link CleanSpec} in
 * {@link CleanSpec#order} and builds the analysis {@link Panel}, logging every change in a {@link CleanLog}.
 *
 * <p>Order: for each file (main first, then each {@code data.join} file) read → numbers → identifiers → duplicates;
 * then join (each further file in turn); then, by default, ranges → years → exclude → fill → deflate → derive →
 * winsorize → require → min_years. Why this default: missing values are filled before they feed ratios; money is
 * deflated before ratios and logs use it; winsorizing comes after derive so that it can treat the constructed ratios
 * (the usual practice with Stata's winsor2); require and min_years come last so that the final sample meets them.
 */
public final class CleanStage {
  private CleanStage() {}

  public static CleanResult run(DataSpec data, CleanSpec clean, Path baseDir) {
    long t0 = System.nanoTime(), c0 = cpu();
    if (data.path() == null || data.path().isBlank()) throw new InputException("data.path: required (the input file)");
    if (data.firm() == null || data.firm().isBlank()) throw new InputException("data.firm: required (the firm id column)");
    if (data.year() == null || data.year().isBlank()) throw new InputException("data.year: required (the year column)");
    FirmIds ids = new FirmIds(data.firmWidth() == null ? 0 : data.firmWidth(),
        Boolean.TRUE.equals(data.stripExchangeSuffix()));
    List<TableReader.FileOptions> files = new ArrayList<>();
    files.add(new TableReader.FileOptions(data.path(), data.firm(), data.year(), data.sheet(), data.encoding(),
        data.delimiter(), data.skipRows(), data.descriptionRows(), data.rename(), ids, DataSpec.monthDay(data.periodEnd())));
    for (DataSpec.JoinSpec j : data.join()) {
      FirmIds joinIds = new FirmIds(j.firmWidth() == null ? ids.width() : j.firmWidth(),
          j.stripExchangeSuffix() == null ? ids.stripExchangeSuffix() : j.stripExchangeSuffix());
      files.add(new TableReader.FileOptions(j.path(), j.firm() == null ? data.firm() : j.firm(),
          j.year() == null ? data.year() : j.year(), j.sheet(), j.encoding(), j.delimiter(), j.skipRows(),
          j.descriptionRows(), j.rename(), joinIds,
          DataSpec.monthDay(j.periodEnd() == null ? data.periodEnd() : j.periodEnd())));
    }
    List<RawTable> raws = new ArrayList<>();
    for (TableReader.FileOptions f : files) raws.add(TableReader.read(f, clean, baseDir));
    checkListed(clean, raws);
    long t1 = System.nanoTime(), c1 = cpu();

    CleanLog log = new CleanLog();
    NumberParser parser = new NumberParser(clean.missingMarkers(), clean.percent().equals("fraction"), clean.units());
    Panel panel = null;
    for (int k = 0; k < raws.size(); k++) {
      RawTable raw = raws.get(k);
      log.add(FileSteps.read(raw));
      log.add(FileSteps.numbers(raw, parser));
      int[] rows = FileSteps.identifiers(raw, files.get(k).periodEnd(), log);
      if (rows.length == 0) throw new InputException(raw.file() + ": no row has both a firm id and a readable year");
      Panel p = Duplicates.resolve(raw, rows, clean.duplicates(), data.firm(), data.year(), log);
      raws.set(k, null); // the raw columns are no longer needed
      panel = k == 0 ? p : Join.apply(panel, p, data.join().get(k - 1).how(), files.get(k).path(), log);
    }
    log.setBefore(CleanLog.PanelShape.of(panel));
    CleanLog.Step last = log.steps().get(log.steps().size() - 1); // duplicates or join: its cells out are the panel's
    log.cells = last.cellsOut() >= 0 ? last.cellsOut() : StepLog.nonMissing(panel);

    checkSteps(panel, clean);
    boolean[] keep = null; // consecutive filters narrow one mask; the panel is copied once, when the mask is applied
    for (String step : clean.order()) {
      if (!clean.configured(step)) continue;
      boolean filter = switch (step) {
        case "years", "exclude", "require", "min_years" -> true;
        default -> false;
      };
      if (filter) {
        if (keep == null) {
          keep = new boolean[panel.rows()];
          java.util.Arrays.fill(keep, true);
        }
        switch (step) {
          case "years" -> SampleFilters.years(panel, keep, clean.years(), log);
          case "exclude" -> SampleFilters.exclude(panel, keep, clean.exclude(), log);
          case "require" -> SampleFilters.require(panel, keep, clean.require(), log);
          default -> SampleFilters.minYears(panel, keep, clean.minYears(), log);
        }
        if (log.step(step).rowsOut() == 0)
          throw new InputException("clean." + step + ": no firm-years are left after this step (see the cleaning log)");
        continue;
      }
      if (keep != null) {
        panel = applyMask(panel, keep);
        keep = null;
      }
      panel = switch (step) {
        case "ranges" -> ValueRanges.apply(panel, clean.ranges(), log);
        case "fill" -> GapFill.apply(panel, clean.fill(), log);
        case "deflate" -> Deflator.apply(panel, clean.deflate(), baseDir, log);
        case "derive" -> Derive.apply(panel, clean.derive(), log);
        case "winsorize" -> Winsorizer.apply(panel, clean.winsorize(), log);
        default -> throw new IllegalStateException(step);
      };
    }
    if (keep != null) panel = applyMask(panel, keep);
    log.setAfter(CleanLog.PanelShape.of(panel));
    long t2 = System.nanoTime(), c2 = cpu();
    var seconds = new LinkedHashMap<String, Double>();
    seconds.put("read", (t1 - t0) / 1e9);
    seconds.put("clean", (t2 - t1) / 1e9);
    if (c0 >= 0) {
      seconds.put("read_cpu", (c1 - c0) / 1e9);
      seconds.put("clean_cpu", (c2 - c1) / 1e9);
    }
    long rawRows = log.step("read").rowsOut();
    return new CleanResult(panel, log, rawRows, seconds);
  }

  /**
   * Writes the analysis panel as CSV (RFC 4180, UTF-8): firm, year, numeric then text variables; missing as an
   * empty cell; numbers in the shortest form that reads back to the same double.
   */
  public static void writeAnalysisPanel(Panel p, Path csv) {
    PanelCsvWriter.write(p, csv);
  }

  private static Panel applyMask(Panel p, boolean[] keep) {
    for (boolean k : keep) if (!k) return p.filter(keep);
    return p;
  }

  /** CPU time of this thread in ns, or -1 where the JVM cannot measure it. */
  private static long cpu() {
    var t = java.lang.management.ManagementFactory.getThreadMXBean();
    return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : -1;
  }

  /** Every column under clean.numeric / clean.text must exist in some input file. */
  private static void checkListed(CleanSpec clean, List<RawTable> raws) {
    Set<String> all = new HashSet<>();
    for (RawTable t : raws) {
      for (RawColumn c : t.columns()) all.add(c.name);
      all.add(t.firm().name);
      all.add(t.year().name);
    }
    for (String key : List.of("numeric", "text")) {
      for (String c : key.equals("numeric") ? clean.numeric() : clean.text())
        if (!all.contains(c))
          throw new InputException("clean." + key + ": no column `" + c + "` in the input" + Suggest.didYouMean(c, all));
    }
  }

  /** Before any step runs: every column a step names exists at that point of the order. */
  private static void checkSteps(Panel panel, CleanSpec clean) {
    for (String step : CleanSpec.DEFAULT_ORDER)
      if (clean.configured(step) && !clean.order().contains(step))
        throw new InputException("clean.order: step `" + step + "` is configured but not listed in the order");
    Set<String> have = new HashSet<>(panel.columnNames());
    Set<String> derived = clean.derive().keySet();
    for (String step : clean.order()) {
      if (!clean.configured(step)) continue;
      if (step.equals("derive")) { have.addAll(derived); continue; }
      List<String> names = new ArrayList<>();
      String key = step;
      switch (step) {
        case "ranges" -> names.addAll(clean.ranges().keySet());
        case "exclude" -> { for (var e : clean.exclude()) names.add(e.column()); key = "exclude.column"; }
        case "fill" -> { names.addAll(clean.fill().columns()); key = "fill.columns"; }
        case "deflate" -> { names.addAll(clean.deflate().columns()); key = "deflate.columns"; }
        case "winsorize" -> { names.addAll(clean.winsorize().columns()); key = "winsorize.columns"; }
        case "require" -> names.addAll(clean.require());
        default -> { }
      }
      for (String n : names) {
        if (have.contains(n)) continue;
        String hint = derived.contains(n) ? " (it is derived later: put `" + step + "` after `derive` in clean.order)"
            : Suggest.didYouMean(n, have);
        throw new InputException("clean." + key + ": no column `" + n + "` in the data" + hint);
      }
    }
  }
}
