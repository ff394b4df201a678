package org.netinnov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = "Write the synthetic multi-firm panel (with its truth and injected-messiness "
    + "files beside it). The same seed gives the same bytes.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--firms", required = true, paramLabel = "N")
  int firms;

  @Option(names = "--years", required = true, paramLabel = "A-B", description = "e.g. 2006-2023")
  String years;

  @Option(names = "--seed", defaultValue = "2026", paramLabel = "S")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE")
  Path out;

  @Override public Integer call() throws Exception {
    String[] ab = years.split("-");
    if (ab.length != 2 || !ab[0].matches("\\d{4}") || !ab[1].matches("\\d{4}")) {
      System.err.println("netinnov: --years expects A-B, e.g. 2006-2023, got `" + years + "`");
      return 2;
    }
    int a = Integer.parseInt(ab[0]), b = Integer.parseInt(ab[1]);
    if (b < a || firms < 1) {
      System.err.println("netinnov: need --firms >= 1 and a year range A <= B");
      return 2;
    }
    var s = org.netinnov.synth.SyntheticPanelGenerator.generate(firms, a, b, seed, out);
    System.out.printf(java.util.Locale.ROOT, "netinnov: wrote %s: %d data lines (%d firms, %d-%d, seed %d)%n"
        + "  truth: %s%n  injected problems: %s (%d missing cells, %d percent texts, %d thousands texts, %d outliers,"
        + " %d exact and %d conflicting duplicates, %d blank firm ids)%n", out, s.dataLines(), s.firms(),
        s.firstYear(), s.lastYear(), s.seed(), s.truth(), s.injected(), s.missingCells(), s.percentTextCells(),
        s.thousandsTextCells(), s.outlierCells(), s.exactDuplicateRows(), s.modifiedDuplicateRows(), s.blankFirmIdRows());
    return 0;
  }
}
