package org.netinnov.report;

import org.netinnov.report.bench.Fits;
import org.netinnov.report.bench.SampleWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Report;
import org.netinnov.report.model.Sheet;
import org.netinnov.report.model.Table;

class CompanionWritersTest {
  @TempDir
  static Path dir;
  static Report report;

  @BeforeAll
  static void build() {
    report = SampleWorkbook.report(6, 0);
  }

  @Test
  void csvForEveryTableWithBomAndFullPrecision() throws Exception {
    List<Path> files = CsvTables.write(report, dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("descriptives.csv",
        "main_models.csv", "lags.csv", "details_coefficients.csv", "details_statistics.csv");
    byte[] bytes = Files.readAllBytes(dir.resolve("tables/main_models.csv"));
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    String main = new String(bytes, StandardCharsets.UTF_8).substring(1);
    List<String> lines = main.lines().toList();
    assertThat(lines.get(0)).isEqualTo(",(1),(2),(3),(4),(5),(6)");
    assertThat(lines.get(4)).isEqualTo("Government network,0.235***,0.153***,0.123**,0.091*,1.223***,Not estimated");
    assertThat(main).contains("\r\n");
    // notes after an empty line; a note with commas is quoted
    assertThat(lines).contains("");
    assertThat(lines).anyMatch(l -> l.startsWith("\"* p<0.1, ** p<0.05, *** p<0.01"));
    String details = Files.readString(dir.resolve("tables/details_coefficients.csv"), StandardCharsets.UTF_8);
    assertThat(details).contains("(1) Pooled,(Intercept),Constant,-1.2345678,");
    String desc = Files.readString(dir.resolve("tables/descriptives.csv"), StandardCharsets.UTF_8);
    assertThat(desc).contains("海外子公司数,3876,2.31,,0,37,0.103\r\n"); // NaN → empty field, percent as fraction
  }

  @Test
  void latexForRegressionTablesOnly() throws Exception {
    List<Path> files = LatexTables.write(report, dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("main_models.tex", "lags.tex");
    String tex = Files.readString(dir.resolve("tables/main_models.tex"));
    assertThat(tex).contains("\\begin{tabular}{lcccccc}", "\\toprule", "\\midrule", "\\bottomrule",
        "\\caption{Network embeddedness and innovation output}", "\\label{tab:main_models}");
    assertThat(tex).contains("Government network & $0.235^{***}$ & $0.153^{***}$");
    assertThat(tex).contains(" & $(0.041)$ & ");
    assertThat(tex).contains("Constant & $-1.235^{***}$");
    assertThat(tex).contains("N & $4{,}321$");
    assertThat(tex).contains("Within R$^2$");
    assertThat(tex).contains("cluster(firm\\_id)");
    assertThat(tex).contains("$^{*}$ p$<$0.1, $^{**}$ p$<$0.05, $^{***}$ p$<$0.01");
    // the number of rules: top, below header, two inside, bottom
    assertThat(tex.split("\\\\midrule", -1)).hasSize(4);
    // every row has as many cells as the tabular has columns
    for (String line : tex.lines().toList())
      if (line.endsWith("\\\\") && line.contains(" & ")) assertThat(line.split(" & ", -1)).hasSize(7);
  }

  @Test
  void latexEscapesSpecials() {
    assertThat(LatexTables.escape("a_b & 50% #1 {x} ~ ^ \\ $")).isEqualTo(
        "a\\_b \\& 50\\% \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$");
    assertThat(LatexTables.cell(Cell.text("[0.010, 0.200]"), 3)).isEqualTo("$[0.010,\\ 0.200]$");
    assertThat(LatexTables.cell(Cell.text("firm_id"), 3)).isEqualTo("firm\\_id");
    assertThat(LatexTables.cell(Cell.percent(0.125), 3)).isEqualTo("$12.5\\%$");
    assertThat(LatexTables.caption("Table 3. Main results")).isEqualTo("Main results");
    assertThat(LatexTables.caption("表3 描述性统计")).isEqualTo("描述性统计");
    assertThat(LatexTables.caption("Tables of results")).isEqualTo("Tables of results");
  }

  @Test
  void pngChartsDecode() throws Exception {
    List<Path> files = PngCharts.write(report, dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("lag_government.png",
        "index_means.png", "midea_patents.png", "midea_events.png");
    for (Path f : files) {
      BufferedImage img = ImageIO.read(f.toFile());
      assertThat(img).as(f.toString()).isNotNull();
      assertThat(img.getWidth()).isEqualTo(PngCharts.WIDTH);
      assertThat(img.getHeight()).isEqualTo(PngCharts.HEIGHT);
    }
  }

  @Test
  void emptyChartsAreAnError() {
    var empty = new org.netinnov.report.model.Chart("e", "Empty", org.netinnov.report.model.Chart.Kind.LINE, "x", "y",
        new double[0], List.of(), List.of(org.netinnov.report.model.Chart.Series.of("s", new double[0])));
    assertThatThrownBy(() -> PngCharts.write(empty, dir.resolve("e.png"))).hasMessageContaining("no data points");
    Report r = new Report("r", Map.of(), List.of(new Sheet("S", List.of(new Block.ChartBlock(empty)))), 3);
    assertThatThrownBy(() -> ExcelWriter.write(r, dir.resolve("e.xlsx"))).hasMessageContaining("no data points");
  }

  @Test
  void markdownSummaryOfChosenSheets() throws Exception {
    Path md = dir.resolve("report.md");
    MarkdownSummary.write(report, List.of("Sample", "Main models"), md);
    String s = Files.readString(md);
    assertThat(s).startsWith("# sample\n");
    assertThat(s).contains("- **Seed**: 20240607");
    assertThat(s).contains("## Sample", "## Main models", "**Table 3. Network embeddedness and innovation output**");
    assertThat(s).contains("| Government network | 0.235\\*\\*\\* | 0.153\\*\\*\\* |");
    assertThat(s).contains("| :--- | :---: |");
    assertThat(s).contains("| 海外子公司数 | 3,876 | 2.310 |  | 0.000 | 37.000 | 10.3% |");
    assertThat(s).doesNotContain("## Model details");
    assertThatThrownBy(() -> MarkdownSummary.write(report, List.of("Scorecard"), md))
        .hasMessageContaining("no sheet named 'Scorecard'");
  }

  @Test
  void idsMustBeUsableAsFileNames() {
    Table bad = new Table("a/b", "t", List.of(), List.of(List.of(Cell.text("x"))), List.of(), List.of(), false);
    Report r = new Report("r", Map.of(), List.of(new Sheet("S", List.of(new Block.TableBlock(bad)))), 3);
    assertThatThrownBy(() -> CsvTables.write(r, dir)).hasMessageContaining("not usable as a file name");
  }
}
