package org.netinnov.clean;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.DataSpec;
import org.netinnov.config.RunConfig;
import org.netinnov.data.Panel;

/**
 * Times ingest and cleaning: {@code read} (decoding, splitting, number parsing of every file) and {@code clean}
 * (identifiers, duplicates, joins and the configured steps) separately, plus the peak heap.
 *
 * <p>Given a YAML run config, it runs that config's {@code data:} and {@code clean:}. Given a CSV, it guesses the
 * firm column (a name like firm/stkcd/code/id, else the first) and the year column (year/fyear/accper/date/年份/
 * 会计期间), keeps the first of duplicate firm-years, and then times typical steps on the cleaned panel: interpolation,
 * winsorizing of every numeric variable, and two derived variables (a log and a year-following lag).
 */
public final class CleanBench {
  private CleanBench() {}

  public static void run(Path configYamlOrCsv, PrintStream out) {
    String n = configYamlOrCsv.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = n.endsWith(".yaml") || n.endsWith(".yml");
    DataSpec data;
    CleanSpec clean;
    Path base;
    if (yaml) {
      RunConfig c = ConfigLoader.load(configYamlOrCsv, List.of());
      data = c.data();
      clean = c.clean();
      base = Path.of("").toAbsolutePath();
    } else {
      String[] fy = guessFirmYear(configYamlOrCsv);
      base = configYamlOrCsv.toAbsolutePath().getParent();
      data = new DataSpec(configYamlOrCsv.getFileName().toString(), fy[0], fy[1], null, null, null, null, null, null, null);
      clean = CleanSpec.defaults().withDuplicates("first");
    }
    long size = 0;
    try {
      size = Files.size(base.resolve(data.path()));
    } catch (IOException e) {
      // reported by the run below
    }
    long t0 = System.nanoTime();
    CleanResult r = CleanStage.run(data, clean, base);
    double total = (System.nanoTime() - t0) / 1e9;
    Panel p = r.panel();
    out.printf(Locale.ROOT, "input: %s (%.1f MB), %,d data rows; panel: %,d firms, %,d firm-years, %d numeric and %d text variables%n",
        data.path(), size / 1e6, r.rawRows(), p.firms(), p.rows(), p.numericNames().size(), p.textNames().size());
    var s = r.seconds();
    out.printf(Locale.ROOT, "read  %7.3f s wall, %7.3f s cpu%nclean %7.3f s wall, %7.3f s cpu%ntotal %7.3f s wall%n",
        s.getOrDefault("read", 0.0), s.getOrDefault("read_cpu", Double.NaN), s.getOrDefault("clean", 0.0),
        s.getOrDefault("clean_cpu", Double.NaN), total);
    if (!yaml) extraSteps(p, out);
    out.println("cleaning log:");
    for (String line : r.log().summary()) out.println("  " + (line.length() > 400 ? line.substring(0, 397) + "..." : line));
    out.printf(Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB)%n", peakHeap() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  private static void extraSteps(Panel p, PrintStream out) {
    List<String> vars = p.numericNames();
    if (vars.isEmpty()) return;
    CleanLog log = new CleanLog();
    var tm = ManagementFactory.getThreadMXBean();
    long t = tm.getCurrentThreadCpuTime();
    Panel q = GapFill.apply(p, new CleanSpec.Fill("interpolate", 2, vars), log);
    double fill = (tm.getCurrentThreadCpuTime() - t) / 1e9;
    t = tm.getCurrentThreadCpuTime();
    q = Winsorizer.apply(q, new CleanSpec.Winsorize(vars, 0.01, 0.99, "pooled", "winsorize"), log);
    double wins = (tm.getCurrentThreadCpuTime() - t) / 1e9;
    t = tm.getCurrentThreadCpuTime();
    var d = new LinkedHashMap<String, String>();
    String v = "`" + vars.get(0) + "`";
    d.put("bench_log", "log1p(abs(" + v + "))");
    d.put("bench_lag", "l(" + v + ", 1)");
    Derive.apply(q, d, log);
    double der = (tm.getCurrentThreadCpuTime() - t) / 1e9;
    out.printf(Locale.ROOT, "steps on the cleaned panel (%d variables), cpu: fill %.3f s, winsorize %.3f s, derive 2 %.3f s%n",
        vars.size(), fill, wins, der);
  }

  private static final Pattern FIRM = Pattern.compile("(?i)firm(_?id|_?code)?|stkcd|symbol|code|id|gvkey|证券代码|股票代码");
  private static final Pattern YEAR = Pattern.compile("(?i)year|fyear|accper|date|datadate|年份|会计期间|年度");

  static String[] guessFirmYear(Path csv) {
    List<String> header = new ArrayList<>();
    if (TableReader.isWorkbook(csv)) {
      try {
        header.addAll(TableReader.workbookHeader(csv, null, 0));
      } catch (IOException e) {
        throw new InputException(csv + ": cannot read (" + e.getMessage() + ")");
      }
      if (header.isEmpty()) throw new InputException(csv + ": the first sheet has no header in row 1");
    } else try (var r = Files.newBufferedReader(csv)) {
      String line = r.readLine();
      if (line == null) throw new InputException(csv + ": the file is empty");
      char sep = CsvSource.detect(csv, java.nio.charset.StandardCharsets.UTF_8, 0, csv.toString());
      for (String s : line.replace("\uFEFF", "").split(Pattern.quote(String.valueOf(sep)), -1)) header.add(s.replace("\"", "").trim());
    } catch (IOException e) {
      throw new InputException(csv + ": cannot read (" + e.getMessage() + ")");
    }
    String firm = header.stream().filter(h -> FIRM.matcher(h).matches()).findFirst().orElse(header.get(0));
    String year = header.stream().filter(h -> YEAR.matcher(h).matches()).findFirst()
        .orElseThrow(() -> new InputException(csv + ": no year column (a column named year, fyear, accper, date, 年份 or 会计期间)"));
    return new String[] {firm, year};
  }

  private static long peakHeap() {
    long s = 0;
    for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans())
      if (b.getType() == MemoryType.HEAP && b.getPeakUsage() != null) s += b.getPeakUsage().getUsed();
    return s;
  }

  /** {@code java ... org.netinnov.clean.CleanBench <config.yaml | file.csv>} */
  public static void main(String[] args) {
    run(Path.of(args[0]), System.out);
  }
}
