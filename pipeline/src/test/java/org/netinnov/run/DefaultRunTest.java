package org.netinnov.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flagship run ({@code config/default.yaml}, in full: 1,000 bootstrap replications) checked end to end against
 * what is known independently: the generator's truth (datasets/README.md), the generator's log of injected problems,
 * and the workbook's own consistency with results.json.
 */
class DefaultRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static JsonNode results;
  static int exit;

  @BeforeAll static void runDefault() throws Exception {
    exit = org.netinnov.cli.Main.execute("run", "config/default.yaml", "--out", dir.toString());
    results = JSON.readTree(dir.resolve("results.json").toFile());
  }

  @Test void everyModelIsEstimated() {
    assertThat(exit).isZero();
    for (String f : List.of("results.xlsx", "results.json", "manifest.json", "analysis_panel.csv", "report.md"))
      assertThat(dir.resolve(f)).exists();
  }

  /** The generator's truth: the three networks raise patents a year later (G < B < T), the placebo does not. */
  @Test void scorecardRecoversTheKnownMechanism() {
    Map<String, String> verdicts = new HashMap<>();
    for (JsonNode v : results.path("scorecard")) verdicts.put(v.path("id").asText(), v.path("verdict").asText());
    assertThat(verdicts).containsEntry("H1", "supported").containsEntry("H2", "supported")
        .containsEntry("H3", "supported").containsEntry("H4", "supported").containsEntry("P", "not supported");
    JsonNode c = results.path("models").path("main").path("coefficients");
    double g = c.path("l(government, 1)").path("estimate").asDouble();
    double b = c.path("l(business, 1)").path("estimate").asDouble();
    double t = c.path("l(technological, 1)").path("estimate").asDouble();
    assertThat(g).isPositive().isLessThan(b);
    assertThat(b).isLessThan(t);
    for (String m : List.of("government", "business", "technological"))
      assertThat(results.path("mediation").path("effects").path("indirect(" + m + ")").path("bootstrap")
          .path("percentile").get(0).asDouble()).as(m).isPositive();
    assertThat(results.path("mediation").path("effects").path("total_indirect").path("bootstrap").path("valid").asInt())
        .isEqualTo(1000);
  }

  /** Every problem the generator injected is found and counted by the cleaning log (issue: cleaning). */
  @Test void cleaningLogAccountsForEveryInjectedProblem() throws Exception {
    JsonNode inj = JSON.readTree(Path.of("datasets/synthetic/innovation_panel_injected.json").toFile());
    Map<String, Long> numbers = counts("numbers"), ids = counts("identifiers"), dups = counts("duplicates");
    inj.path("missing").path("by_column").fields().forEachRemaining(e ->
        assertThat(numbers.get(e.getKey() + ": missing")).as("missing " + e.getKey()).isEqualTo(e.getValue().asLong()));
    inj.path("missing").path("by_marker").fields().forEachRemaining(e -> {
      String key = e.getKey().isEmpty() ? "missing: empty cell" : "missing: marker `" + e.getKey() + "`";
      assertThat(numbers.get(key)).as(key).isEqualTo(e.getValue().asLong());
    });
    inj.path("percent_text").path("by_column").fields().forEachRemaining(e ->
        assertThat(numbers.get(e.getKey() + ": percent")).as("percent " + e.getKey()).isEqualTo(e.getValue().asLong()));
    inj.path("thousands_text").path("by_column").fields().forEachRemaining(e ->
        assertThat(numbers.get(e.getKey() + ": thousands separators")).as("thousands " + e.getKey())
            .isEqualTo(e.getValue().asLong()));
    assertThat(ids.get("blank firm id")).isEqualTo(inj.path("rows").path("blank_firm_id_rows").asLong());
    assertThat(dups.get("exact duplicate rows")).isEqualTo(inj.path("duplicates").path("exact").asLong());
    assertThat(dups.get("conflicting duplicate rows")).isEqualTo(inj.path("duplicates").path("modified").asLong());
    // outliers: the config's ranges set impossible leverage/roa missing; every injected outlier on a surviving line
    // (not a removed duplicate, not a blank-id row) must be among them
    var removedLines = new java.util.HashSet<Integer>();
    for (JsonNode d : inj.path("duplicates").path("lines")) removedLines.add(d.path("line").asInt());
    Map<String, Long> expected = new HashMap<>();
    for (JsonNode o : inj.path("outliers").path("cells"))
      if (!removedLines.contains(o.path("line").asInt()) && !o.path("firm_id").asText().isEmpty())
        expected.merge(o.path("column").asText(), 1L, Long::sum);
    Map<String, Long> ranges = counts("ranges");
    for (var e : expected.entrySet())
      assertThat(ranges.getOrDefault(e.getKey() + ": above max", 0L) + ranges.getOrDefault(e.getKey() + ": below min", 0L))
          .as("outliers in " + e.getKey()).isEqualTo(e.getValue());
  }

  /**
   * estimation_sample.csv marks, per model, exactly the rows it used: as many as its N (GMM counts differenced and
   * level equations, so it is left out), and for the main model every marked firm-year has the outcome and the
   * firm's previous calendar year with the network indices (the model uses their first lags).
   */
  @Test void estimationSampleMarksTheRowsEachModelUsed() throws Exception {
    List<String> panel = Files.readAllLines(dir.resolve("analysis_panel.csv"));
    List<String> marks = Files.readAllLines(dir.resolve("estimation_sample.csv"));
    assertThat(marks).hasSameSizeAs(panel);
    List<String> head = List.of(marks.get(0).split(","));
    assertThat(head.subList(0, 2)).containsExactly("firm_id", "year");
    int checked = 0;
    for (int c = 2; c < head.size(); c++) {
      JsonNode m = model(head.get(c));
      if (m.path("estimator").asText().endsWith("gmm")) continue;
      int ones = 0;
      for (int i = 1; i < marks.size(); i++) if (marks.get(i).split(",")[c].equals("1")) ones++;
      assertThat(ones).as(head.get(c)).isEqualTo(m.path("nobs").asInt());
      checked++;
    }
    assertThat(checked).isGreaterThan(10);

    List<String> cols = List.of(panel.get(0).split(","));
    int y = cols.indexOf("patent_applications"), g = cols.indexOf("government"), main = head.indexOf("main");
    Map<String, String[]> byFirmYear = new HashMap<>();
    for (int i = 1; i < panel.size(); i++) {
      String[] f = panel.get(i).split(",", -1);
      byFirmYear.put(f[0] + "/" + f[1], f);
    }
    for (int i = 1; i < marks.size(); i++) {
      String[] mk = marks.get(i).split(",");
      String[] row = panel.get(i).split(",", -1);
      assertThat(mk[0] + "/" + mk[1]).isEqualTo(row[0] + "/" + row[1]);
      if (!mk[main].equals("1")) continue;
      assertThat(row[y]).as("outcome at line " + i).isNotEmpty();
      String[] prev = byFirmYear.get(row[0] + "/" + (Integer.parseInt(row[1]) - 1));
      assertThat(prev).as("previous year of line " + i).isNotNull();
      assertThat(prev[g]).as("lagged government at line " + i).isNotEmpty();
    }
  }

  private static JsonNode model(String name) {
    JsonNode m = results.path("models").path(name);
    if (m.isMissingNode()) {
      for (String part : List.of("distributed", "leads"))
        if (results.path("lags").path(part).has(name)) return results.path("lags").path(part).path(name);
      m = results.path("mediation").path("models").path(name);
    }
    assertThat(m.isMissingNode()).as("model " + name + " in results.json").isFalse();
    return m;
  }

  private static Map<String, Long> counts(String step) {
    Map<String, Long> out = new HashMap<>();
    for (JsonNode s : results.path("sample").path("cleaning"))
      if (s.path("name").asText().equals(step))
        s.path("counts").fields().forEachRemaining(e -> out.merge(e.getKey(), e.getValue().asLong(), Long::sum));
    return out;
  }

  /**
   * Each network index tracks the latent network it measures (the generator's truth file), and the placebo index
   * tracks none of the networks (issue: indices).
   */
  @Test void indicesCorrelateWithTheirLatentDrivers() throws Exception {
    Map<String, double[]> truth = readTruth(Path.of("datasets/synthetic/innovation_panel_truth.csv"));
    Map<String, List<double[]>> pairs = new HashMap<>();
    try (BufferedReader br = Files.newBufferedReader(dir.resolve("analysis_panel.csv"))) {
      List<String> head = List.of(br.readLine().split(","));
      int fi = head.indexOf("firm_id"), yi = head.indexOf("year");
      String[] dims = {"ie", "government", "business", "technological", "placebo"};
      int[] col = new int[dims.length];
      for (int d = 0; d < dims.length; d++) col[d] = head.indexOf(dims[d]);
      String line;
      while ((line = br.readLine()) != null) {
        String[] f = line.split(",", -1);
        double[] lat = truth.get(f[fi] + "/" + f[yi]);
        if (lat == null) continue;
        for (int d = 0; d < dims.length; d++) {
          if (f[col[d]].isEmpty()) continue;
          double idx = Double.parseDouble(f[col[d]]);
          pairs.computeIfAbsent(dims[d], k -> new ArrayList<>()).add(new double[] {idx, lat[0], lat[1], lat[2], lat[3], lat[4]});
        }
      }
    }
    // latent order in the truth file: ie, government, business, technological, placebo
    assertThat(corr(pairs.get("ie"), 1)).as("ie vs latent ie").isGreaterThan(0.3);
    assertThat(corr(pairs.get("government"), 2)).as("government").isGreaterThan(0.3);
    assertThat(corr(pairs.get("business"), 3)).as("business").isGreaterThan(0.3);
    assertThat(corr(pairs.get("technological"), 4)).as("technological").isGreaterThan(0.3);
    for (int latent = 1; latent <= 4; latent++)
      assertThat(Math.abs(corr(pairs.get("placebo"), latent))).as("placebo vs latent " + latent).isLessThan(0.05);
  }

  private static Map<String, double[]> readTruth(Path p) throws Exception {
    Map<String, double[]> m = new HashMap<>();
    try (BufferedReader br = Files.newBufferedReader(p)) {
      br.readLine();
      String line;
      while ((line = br.readLine()) != null) {
        String[] f = line.split(",");
        m.put(f[0] + "/" + f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]),
            Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])});
      }
    }
    return m;
  }

  /** Pearson correlation of column 0 with column {@code j}. */
  private static double corr(List<double[]> rows, int j) {
    double n = rows.size(), sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (double[] r : rows) {
      sx += r[0]; sy += r[j]; sxx += r[0] * r[0]; syy += r[j] * r[j]; sxy += r[0] * r[j];
    }
    return (sxy - sx * sy / n) / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
  }

  /** The workbook: sheet order, full-precision estimates, charts, no NaN text (issue: workbook). */
  @Test void workbookHoldsTheSheetsInOrderWithFullPrecisionEstimates() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("results.xlsx")))) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
      assertThat(names).containsSubsequence("Contents", "Scorecard", "Sample & cleaning", "Descriptives",
          "Correlations", "Indices", "Main models", "Lag models", "Count models", "Mediation", "Diagnostics",
          "Model details", "Run info");
      // Model details: the estimate of `main`'s government coefficient equals results.json to the last bit
      double expected = results.path("models").path("main").path("coefficients").path("l(government, 1)")
          .path("estimate").asDouble();
      assertThat(findNumberBeside(wb.getSheet("Model details"), "l(government, 1)", expected)).isTrue();
      // readers' labels on every sheet that names variables, lags spelled out (the config labels `government`)
      for (String sheet : List.of("Scorecard", "Main models", "Descriptives", "Correlations", "Mediation"))
        assertThat(texts(wb.getSheet(sheet))).as(sheet).anyMatch(t -> t.contains("Government network"))
            .noneMatch(t -> t.equals("l(government, 1)"));
      // a modified Wald statistic of order 1e34 is shown in scientific notation, not as ###
      boolean scientific = false;
      for (Row row : wb.getSheet("Diagnostics"))
        for (Cell c : row)
          if (c.getCellType() == CellType.NUMERIC && Math.abs(c.getNumericCellValue()) >= 1e10)
            scientific |= c.getCellStyle().getDataFormatString().endsWith("E+00");
      assertThat(scientific).isTrue();
      // charts: index means by year, one per network on the lag sheet
      // one chart of mean index by year per method: entropy indices in [0, 1], PCA scores centred on 0
      assertThat(wb.getSheet("Indices").getDrawingPatriarch().getCharts()).hasSize(2);
      assertThat(dir.resolve("charts/index_means_by_year_entropy.png")).exists();
      assertThat(dir.resolve("charts/index_means_by_year_pca.png")).exists();
      assertThat(wb.getSheet("Lag models").getDrawingPatriarch().getCharts()).hasSizeGreaterThanOrEqualTo(3);
      // no cell anywhere shows NaN or an Excel error
      for (var sheet : wb)
        for (Row row : sheet)
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING)
              assertThat(c.getStringCellValue()).as(sheet.getSheetName() + "!" + c.getAddress())
                  .doesNotContain("NaN").doesNotContain("#NUM!");
            if (c.getCellType() == CellType.NUMERIC)
              assertThat(Double.isFinite(c.getNumericCellValue())).as(sheet.getSheetName() + "!" + c.getAddress()).isTrue();
            assertThat(c.getCellType()).isNotEqualTo(CellType.ERROR);
          }
    }
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) for (Cell c : row) if (c.getCellType() == CellType.STRING) out.add(c.getStringCellValue());
    return out;
  }

  /** True when some row whose text cells mention {@code term} holds {@code value} exactly in a numeric cell. */
  private static boolean findNumberBeside(XSSFSheet sheet, String term, double value) {
    for (Row row : sheet) {
      boolean mentions = false;
      for (Cell c : row) if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(term)) mentions = true;
      if (!mentions) continue;
      for (Cell c : row) if (c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == value) return true;
    }
    return false;
  }

  @Test void manifestRecordsInputsVersionsAndStages() throws Exception {
    JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
    assertThat(m.path("inputs").path("data").path("sha256").asText()).hasSize(64);
    assertThat(m.path("config").path("name").asText()).isEqualTo("default");
    List<String> stages = new ArrayList<>();
    m.path("stages").forEach(s -> stages.add(s.path("stage").asText()));
    assertThat(stages).containsSubsequence("clean", "indices", "models", "lags", "diagnostics", "mechanism", "report");
    assertThat(m.path("seed").asLong()).isEqualTo(2026);
  }
}
