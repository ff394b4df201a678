package org.netinnov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", description = "Time a job after warm-up and print `median <time> ms`. Jobs: within (two-way "
    + "within fit, 8 regressors, firm-clustered SEs), poisson (Poisson with firm and year effects, 4 regressors), "
    + "clean (ingest and cleaning of a CSV), bootstrap (mediation cluster bootstrap), workbook (writing 30 models and "
    + "a 100,000-row data sheet).")
final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", defaultValue = "within", paramLabel = "JOB")
  String job;

  @Option(names = "--csv", paramLabel = "FILE", description = "Input CSV (else a panel is generated)")
  Path csv;

  @Option(names = "--reps", defaultValue = "7", description = "Timed repetitions after warm-up")
  int reps;

  @Option(names = "--replications", defaultValue = "1000", description = "Bootstrap replications (job bootstrap)")
  int replications;

  @Override public Integer call() throws Exception {
    try {
      return runJob();
    } catch (org.netinnov.clean.InputException e) {
      System.err.println("netinnov: " + e.getMessage());
      return 2;
    } catch (org.netinnov.config.ConfigException e) {
      System.err.println("netinnov: invalid config " + csv + ":");
      for (var p : e.problems()) System.err.println("  " + p);
      return 2;
    }
  }

  private int runJob() throws Exception {
    switch (job) {
      case "within" -> org.netinnov.estimate.bench.LinearBench.run(csv, reps, System.out);
      case "poisson" -> org.netinnov.estimate.count.PoissonBench.run(csv, reps, System.out);
      case "bootstrap" -> org.netinnov.mechanism.BootstrapBench.run(csv, replications, System.out);
      case "workbook" -> {
        // 30 models and a 100,000-row data sheet, written after a warm-up write of the same report
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("netinnov-bench-workbook");
        org.netinnov.report.bench.SampleWorkbook.main(new String[] {dir.toString(), "30", "100000", Integer.toString(reps)});
      }
      case "clean" -> {
        if (csv == null) {
          System.err.println("netinnov: bench clean needs --csv FILE (or a YAML config as FILE); make one with generate");
          return 2;
        }
        org.netinnov.clean.CleanBench.run(csv, System.out);
      }
      default -> {
        System.err.println("netinnov: unknown bench job `" + job + "`; jobs: within, poisson, clean, bootstrap, workbook");
        return 2;
      }
    }
    return 0;
  }
}
