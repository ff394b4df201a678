package org.netinnov.report.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.netinnov.config.ReportSpec;
import org.netinnov.report.CsvTables;
import org.netinnov.report.ModelDetails;
import org.netinnov.report.RegressionTable;
import org.netinnov.report.ExcelWriter;
import org.netinnov.report.LatexTables;
import org.netinnov.report.MarkdownSummary;
import org.netinnov.report.PngCharts;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.Inference;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Chart;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

/**
 * Writes a realistic sample workbook (and its CSV, LaTeX, PNG and Markdown companions) from constructed fits, to look
 * at the output in Excel or LibreOffice and to time the writers.
 *
 * <pre>
 * java ... org.netinnov.report.SampleWorkbook OUT_DIR [MODELS] [PANEL_ROWS] [REPEATS]
 * </pre>
 * MODELS (default 6) columns in the main table (beyond 6 they are random variations), PANEL_ROWS (default 2,000)
 * rows in the streamed panel sheet, REPEATS further writes of the workbook in the same (warm) JVM. Prints the
 * wall-clock time of each writer and the CPU time of the workbook write (the machine may be shared).
 */
public final class SampleWorkbook {
  private SampleWorkbook() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/sample-report");
    int models = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    Report r = report(models, rows);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    ExcelWriter.write(r, out.resolve("report.xlsx"));
    long c2 = threads.getCurrentThreadCpuTime();
    long t2 = System.nanoTime();
    CsvTables.write(r, out);
    LatexTables.write(r, out);
    long t3 = System.nanoTime();
    PngCharts.write(r, out);
    long t4 = System.nanoTime();
    MarkdownSummary.write(r, List.of("Sample", "Main models"), out.resolve("report.md"));
    long t5 = System.nanoTime();
    System.out.printf("models=%d panelRows=%d: build %.0f ms, xlsx %.0f ms wall / %.0f ms cpu (%,d bytes), csv+tex"
        + " %.0f ms, png %.0f ms, md %.0f ms%n", models, rows, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6,
        Files.size(out.resolve("report.xlsx")), (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
    if (args.length > 3) { // repeat the workbook in the same JVM: the warm figure
      for (int i = 0; i < Integer.parseInt(args[3]); i++) {
        long a = System.nanoTime(), ca = threads.getCurrentThreadCpuTime();
        ExcelWriter.write(r, out.resolve("report.xlsx"));
        System.out.printf("  again: xlsx %.0f ms wall / %.0f ms cpu%n", (System.nanoTime() - a) / 1e6,
            (threads.getCurrentThreadCpuTime() - ca) / 1e6);
      }
    }
  }

  public static ReportSpec spec() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("government", "Government network");
    labels.put("business", "Business network");
    labels.put("technological", "Technological network");
    labels.put("log1p(patents)", "ln(1 + patents)");
    labels.put("patents", "Patents");
    labels.put("firm_id", "Firm");
    labels.put("year", "Year");
    labels.put("industry", "Industry");
    labels.put("ie", "International entrepreneurship");
    return new ReportSpec(3, null, null, labels, List.of("government", "business", "technological"), null,
        List.of("log(assets)", "age", "leverage"), true, null, null);
  }

  public static Report report(int nModels, int panelRows) {
    ReportSpec spec = spec();
    List<ModelResult> models = models(nModels);
    Table main = RegressionTable.build("main_models", "Table 3. Network embeddedness and innovation output", models,
        spec, RegressionTable.Options.defaults().withEform(true).withStat("ar2_p", "AR(2) p-value"));

    List<Sheet> sheets = new ArrayList<>();
    sheets.add(new Sheet("Sample", List.of(new Block.TableBlock(descriptives()),
        new Block.TextBlock("About the sample", List.of("Synthetic firm-year panel constructed for the sample"
            + " workbook: 412 firms observed 2008–2021, unbalanced; patents are application counts. Rows with a"
            + " missing outcome are dropped model by model, so N differs across columns of the main table.")))));
    sheets.add(new Sheet("Main models", List.of(new Block.TableBlock(main))));
    sheets.add(new Sheet("Lag structure", List.of(new Block.ChartBlock(lagChart()), new Block.TableBlock(
        RegressionTable.build("lags", "Table 4. Distributed lags of the government network",
            models.subList(1, Math.min(4, models.size())), spec)))));
    sheets.add(new Sheet("Indices", List.of(new Block.ChartBlock(indexChart()))));
    sheets.add(new Sheet("Midea case", List.of(new Block.ChartBlock(mideaTrend()), new Block.ChartBlock(mideaEvents()),
        new Block.TextBlock("Reading the case", List.of("The three network counts rise after the 2016 KUKA"
            + " acquisition; the case cannot separate the networks' effects — the panel models do.")))));
    sheets.add(ModelDetails.sheet("Model details", "details", models, spec));
    if (panelRows > 0) sheets.add(new Sheet("Panel", List.of(panel(panelRows))));
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("Data", "datasets/synthetic/panel.csv");
    meta.put("Sample", "412 firms, 2008–2021, 4,321 firm-years");
    meta.put("Config", "config/default.yaml");
    meta.put("Written", "2025-01-01 12:00");
    meta.put("Seed", "20240607");
    return new Report("sample", meta, sheets, 3);
  }

  public static List<ModelResult> models(int n) {
    List<String> base = List.of("government", "business", "technological", "log(assets)", "age", "leverage");
    List<ModelResult> out = new ArrayList<>();
    Fit pooled = Fits.fit("pooled", "log1p(patents)", List.of("(Intercept)", "government", "business",
        "technological", "log(assets)", "age", "leverage"),
        new double[] {-1.2345678, 0.2345678, 0.0812345, 0.1534567, 0.4123, -0.0123, -0.3121},
        new double[] {0.31, 0.041, 0.052, 0.049, 0.03, 0.004, 0.11}, 4314, 4321, 412, 0.3812,
        Map.of("f", 211.43));
    out.add(Fits.model("Pooled", "pooled", pooled, List.of(), List.of()));
    Fit fe = Fits.withVcovType(Fits.fit("within", "log1p(patents)", base,
        new double[] {0.1534567, 0.0412345, 0.0934567, 0.2213, -0.0081, -0.1912},
        new double[] {0.051, 0.047, 0.044, 0.06, 0.009, 0.09}, 411, 4321, 412, 0.1123, Map.of("f", 45.2)),
        "cluster(firm_id), Stata small-sample");
    out.add(Fits.model("Firm FE", "within", fe, List.of("firm_id"), List.of("firm_id")));
    Fit twfe = Fits.withVcovType(Fits.fit("within", "log1p(patents)", base,
        new double[] {0.1234567, 0.0312345, 0.0834567, 0.2013, -0.0061, -0.1812},
        new double[] {0.049, 0.045, 0.046, 0.061, 0.009, 0.088}, 411, 4321, 412, 0.0923, Map.of("f", 31.7)),
        "cluster(firm_id), Stata small-sample");
    out.add(Fits.model("Two-way FE", "within", twfe, List.of("firm_id", "year"), List.of("firm_id")));
    Fit lags = Fits.withVcovType(Fits.fit("within", "log1p(patents)", List.of("government", "l(government, 1)",
        "l(government, 2)", "business", "technological", "log(assets)", "age", "leverage"),
        new double[] {0.0912, 0.0823, 0.0511, 0.0301, 0.0801, 0.1913, -0.0051, -0.1611},
        new double[] {0.05, 0.046, 0.052, 0.045, 0.047, 0.062, 0.009, 0.09}, 395, 3489, 396, 0.0991,
        Map.of("f", 22.1)), "cluster(firm_id), Stata small-sample");
    out.add(Fits.model("Lags", "within", lags, List.of("firm_id", "year"), List.of("firm_id")));
    Fit pois = Fits.withVcovType(Fits.fit("poisson", "patents", base,
        new double[] {0.2012, 0.0512, 0.1412, 0.5012, -0.0112, -0.2512},
        new double[] {0.061, 0.058, 0.055, 0.08, 0.011, 0.12}, Double.POSITIVE_INFINITY, 3998, 377, Double.NaN,
        Map.of("loglik", -8123.456)), "cluster(firm_id)");
    out.add(Fits.model("Poisson", "poisson", pois, List.of("firm_id", "year"), List.of("firm_id")));
    ModelResult gmm = ModelResult.failure("System GMM", "System GMM", "gmm",
        "log1p(patents) ~ l(log1p(patents), 1) + government + business + technological",
        "too many instruments (212) for 412 groups; set collapse: true");
    out.add(gmm);
    SplittableRandom rnd = new SplittableRandom(7);
    while (out.size() < n) {
      double[] b = new double[base.size()];
      double[] se = new double[base.size()];
      for (int j = 0; j < b.length; j++) {
        b[j] = rnd.nextGaussian() * 0.1;
        se[j] = 0.03 + rnd.nextDouble() * 0.05;
      }
      Fit f = Fits.fit("within", "log1p(patents)", base, b, se, 400, 4000 + rnd.nextInt(300), 412,
          0.05 + rnd.nextDouble() * 0.1, Map.of("f", 10 + rnd.nextDouble() * 30));
      out.add(Fits.model("Variant " + out.size(), "within", f, List.of("firm_id", "year"), List.of("firm_id")));
    }
    return out.subList(0, n);
  }

  public static Table descriptives() {
    String[] vars = {"Patents", "ln(1 + patents)", "Government network", "Business network", "Technological network",
        "ln(assets)", "Firm age", "Leverage", "海外子公司数"};
    double[][] s = {{4321, 12.345, 31.2, 0, 812, 0}, {4321, 1.523, 1.21, 0, 6.70, 0},
        {4198, 0.0123, 0.998, -2.31, 3.12, 0.0285}, {4198, -0.0021, 1.001, -2.8, 2.9, 0.0285},
        {4102, 0.0045, 0.995, -1.9, 4.2, 0.0507}, {4321, 21.876, 1.312, 18.2, 26.9, 0},
        {4321, 14.2, 6.8, 1, 41, 0}, {4290, 0.4312, 0.1934, 0.02, 0.97, 0.0072},
        {3876, 2.31, Double.NaN, 0, 37, 0.1030}};
    List<List<Cell>> body = new ArrayList<>();
    for (int i = 0; i < vars.length; i++)
      body.add(List.of(Cell.text(vars[i]), Cell.integer(s[i][0]), Cell.num(s[i][1]), Cell.num(s[i][2]),
          Cell.num(s[i][3]), Cell.num(s[i][4]), Cell.percent(s[i][5])));
    List<Cell> head = List.of(Cell.text("Variable"), Cell.text("N"), Cell.text("Mean"), Cell.text("SD"),
        Cell.text("Min"), Cell.text("Max"), Cell.text("Missing"));
    return new Table("descriptives", "Table 1. Descriptive statistics", List.of(head), body, List.of(1),
        List.of("Firm-year observations, 2008–2021. SD of the last variable is not reported (blank).",
            "Network indices are z-scores of their indicators (entropy weights)."), false);
  }

  public static Chart lagChart() {
    double[] x = {0, 1, 2, 3};
    double[] b = {0.0912, 0.0823, 0.0511, 0.0102};
    double[] se = {0.05, 0.046, 0.052, 0.06};
    double q = Inference.critical(0.95, 395);
    double[] lo = new double[4], hi = new double[4];
    for (int i = 0; i < 4; i++) {
      lo[i] = b[i] - q * se[i];
      hi[i] = b[i] + q * se[i];
    }
    return new Chart("lag_government", "Government network: coefficient by lag (95% CI)", Chart.Kind.INTERVAL,
        "Lag (years)", "Coefficient", x, List.of(), List.of(new Chart.Series("Government network", b, lo, hi)));
  }

  public static Chart indexChart() {
    double[] years = new double[14];
    double[][] y = new double[3][14];
    for (int t = 0; t < 14; t++) {
      years[t] = 2008 + t;
      y[0][t] = -0.6 + 0.09 * t;
      y[1][t] = -0.4 + 0.06 * t + 0.1 * Math.sin(t);
      y[2][t] = t == 5 ? Double.NaN : -0.7 + 0.1 * t;
    }
    return new Chart("index_means", "Network indices: mean by year", Chart.Kind.LINE, "Year", "Mean index (z)",
        years, List.of(), List.of(Chart.Series.of("Government", y[0]), Chart.Series.of("Business", y[1]),
            Chart.Series.of("Technological", y[2])));
  }

  public static Chart mideaTrend() {
    double[] years = {2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020};
    double[] pat = {1200, 1650, 2100, 2900, 3700, 4900, 6300, 8200, 9900, 11800, 13700};
    double[] scaled = new double[pat.length];
    for (int i = 0; i < pat.length; i++) scaled[i] = pat[i] / 1000;
    return new Chart("midea_patents", "Midea: patent applications (thousands)", Chart.Kind.LINE, "Year",
        "Applications (000)", years, List.of(), List.of(Chart.Series.of("Patent applications", scaled)));
  }

  public static Chart mideaEvents() {
    return new Chart("midea_events", "Midea: network-building events by type", Chart.Kind.BAR, "Network",
        "Events", new double[] {0, 1, 2}, List.of("Government", "Business", "Technological"),
        List.of(Chart.Series.of("2010–2015", new double[] {4, 7, 3}),
            Chart.Series.of("2016–2020", new double[] {6, 12, 9})));
  }

  public static Block.DataBlock panel(int rows) {
    SplittableRandom rnd = new SplittableRandom(11);
    List<String> cols = List.of("firm", "firm_name", "year", "patents", "government", "business", "technological",
        "assets", "age", "leverage", "ie", "soe", "industry", "region", "roa", "rd_intensity");
    List<double[]> num = new ArrayList<>();
    List<String[]> text = new ArrayList<>();
    for (String c : cols) {
      if (c.equals("firm_name") || c.equals("industry") || c.equals("region")) {
        String[] t = new String[rows];
        for (int i = 0; i < rows; i++)
          t[i] = c.equals("firm_name") ? "公司" + (i / 14) : c.equals("industry") ? "C" + (i / 14 % 30) : "R" + (i / 14 % 7);
        num.add(null);
        text.add(t);
      } else {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) {
          v[i] = switch (c) {
            case "firm" -> i / 14;
            case "year" -> 2008 + i % 14;
            case "patents" -> Math.floor(Math.exp(rnd.nextGaussian() * 1.5 + 1));
            case "soe" -> rnd.nextDouble() < 0.3 ? 1 : 0;
            default -> rnd.nextDouble() < 0.02 ? Double.NaN : rnd.nextGaussian();
          };
        }
        num.add(v);
        text.add(null);
      }
    }
    return new Block.DataBlock("panel", cols, num, text, rows);
  }
}
