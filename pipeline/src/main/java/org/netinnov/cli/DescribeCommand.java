package org.netinnov.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netinnov.clean.CleanLog;
import org.netinnov.clean.CleanResult;
import org.netinnov.clean.CleanSpec;
import org.netinnov.clean.CleanStage;
import org.netinnov.clean.InputException;
import org.netinnov.config.DataSpec;
import org.netinnov.data.Panel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "describe", description = "Panel structure of a data file: firms, years, balance, gaps, and the share "
    + "of missing values in each column.")
final class DescribeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATA_FILE")
  Path file;

  @Option(names = "--firm", required = true, paramLabel = "COL")
  String firm;

  @Option(names = "--year", required = true, paramLabel = "COL")
  String year;

  @Option(names = "--encoding", defaultValue = "UTF-8")
  String encoding;

  @Option(names = "--delimiter", defaultValue = "auto")
  String delimiter;

  @Option(names = "--sheet", paramLabel = "NAME|N", description = "Excel sheet by name or 1-based number (default: the first)")
  String sheet;

  @Option(names = "--skip-rows", defaultValue = "0", paramLabel = "N", description = "Lines before the header")
  int skipRows;

  @Option(names = "--description-rows", defaultValue = "0", paramLabel = "N",
      description = "Rows under the header to skip (2 for CSMAR: Chinese names, units)")
  int descriptionRows;

  @Option(names = "--period-end", paramLabel = "MM-DD",
      description = "Keep rows whose date-written year falls on this day, e.g. 12-31 for annual reports")
  String periodEnd;

  @Override public Integer call() {
    DataSpec d;
    try {
      d = new DataSpec(file.toString(), firm, year, sheet, encoding, delimiter, skipRows, descriptionRows, null, null,
          null, null, periodEnd);
    } catch (IllegalArgumentException e) {
      System.err.println("netinnov: " + e.getMessage().replaceFirst("^period_end", "--period-end"));
      return 2;
    }
    CleanResult r;
    try {
      // duplicates are counted, not fatal, when only describing
      r = CleanStage.run(d, CleanSpec.defaults().withDuplicates("first"), Path.of("").toAbsolutePath());
    } catch (InputException e) {
      System.err.println("netinnov: " + e.getMessage());
      return 2;
    }
    Panel p = r.panel();
    CleanLog.PanelShape s = CleanLog.PanelShape.of(p);
    var out = System.out;
    out.printf(Locale.ROOT, "%s: %d rows read%n", file, r.rawRows());
    for (CleanLog.Step step : r.log().steps())
      for (var e : step.counts().entrySet())
        if (e.getValue() > 0) out.printf(Locale.ROOT, "  %-10s %s: %d%n", step.name(), e.getKey(), e.getValue());
    out.printf(Locale.ROOT, "firms: %d%nfirm-years: %d%nyears: %d (%d-%d)%nbalanced: %s%n", s.firms(), s.firmYears(),
        s.years(), s.firstYear(), s.lastYear(), s.balanced() ? "yes" : "no");
    int[] counts = new int[p.firms()];
    for (int f = 0; f < p.firms(); f++) counts[f] = p.firmStart(f + 1) - p.firmStart(f);
    java.util.Arrays.sort(counts);
    out.printf(Locale.ROOT, "years per firm: min %d, median %d, max %d, mean %.2f%n", counts.length == 0 ? 0 : counts[0],
        counts.length == 0 ? 0 : counts[counts.length / 2], counts.length == 0 ? 0 : counts[counts.length - 1], s.meanYearsPerFirm());
    out.printf(Locale.ROOT, "gaps (firm-years absent between a firm's first and last year): %d%n", s.gaps());
    out.println("missing share by column:");
    for (String c : p.numericNames()) out.printf(Locale.ROOT, "  %-28s %6.2f%%  (numeric)%n", c, 100 * missingShare(p.numeric(c)));
    for (String c : p.textNames()) out.printf(Locale.ROOT, "  %-28s %6.2f%%  (text)%n", c, 100 * missingShare(p.text(c)));
    return 0;
  }

  private static double missingShare(double[] v) {
    int m = 0;
    for (double x : v) if (Double.isNaN(x)) m++;
    return v.length == 0 ? 0 : (double) m / v.length;
  }

  private static double missingShare(String[] v) {
    int m = 0;
    for (String x : v) if (x == null) m++;
    return v.length == 0 ? 0 : (double) m / v.length;
  }
}
