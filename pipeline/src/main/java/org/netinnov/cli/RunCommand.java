package org.netinnov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.netinnov.clean.InputException;
import org.netinnov.config.ConfigException;
import org.netinnov.run.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = "Run the pipeline described by a YAML config.")
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG", description = "YAML run configuration, e.g. config/default.yaml")
  Path config;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a config value by its YAML path, e.g. --set models.main.se=hc1 (repeatable)")
  List<String> set = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Write the results to DIR instead of output/<name>/")
  Path out;

  /** Warnings also reach the console: under {@code mvn -q exec:java} the log shows nothing below ERROR. */
  static void printWarnings(List<String> warnings) {
    if (warnings.isEmpty()) return;
    System.out.println("netinnov: " + warnings.size() + " warning(s), also in manifest.json and on the Run info sheet:");
    int shown = Math.min(warnings.size(), MAX_WARNINGS_SHOWN);
    for (int i = 0; i < shown; i++) System.out.println("  " + warnings.get(i));
    if (warnings.size() > shown) System.out.println("  ... and " + (warnings.size() - shown) + " more");
  }

  private static final int MAX_WARNINGS_SHOWN = 10;

  @Override public Integer call() {
    long t0 = System.nanoTime();
    try {
      Runner.Outcome o = Runner.run(config, set, out, Path.of("").toAbsolutePath());
      var failed = o.results().failedModels();
      System.out.printf(java.util.Locale.ROOT, "netinnov: results in %s (%.1f s)%n", o.output(),
          (System.nanoTime() - t0) / 1e9);
      printWarnings(o.results().context().warnings());
      if (!failed.isEmpty())
        System.out.println("netinnov: " + failed.size() + " model(s) could not be estimated: " + String.join(", ", failed)
            + " — see the report for why");
      return o.exitCode();
    } catch (ConfigException e) {
      System.err.println("netinnov: invalid config " + config + ":");
      for (var p : e.problems()) System.err.println("  " + p);
      System.err.println("nothing was written.");
      return 2;
    } catch (InputException | org.netinnov.casestudy.CaseDataException e) {
      System.err.println("netinnov: " + e.getMessage());
      System.err.println("nothing was written.");
      return 2;
    }
  }
}
