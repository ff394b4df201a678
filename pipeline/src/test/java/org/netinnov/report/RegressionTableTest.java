package org.netinnov.report;

import org.netinnov.report.bench.Fits;
import org.netinnov.report.bench.SampleWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netinnov.config.ReportSpec;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

class RegressionTableTest {

  /** Standard normal quantiles from tables: two-sided p = 0.1, 0.05, 0.01 at these |z|. */
  static final double Z90 = 1.6448536269514722;
  static final double Z95 = 1.959963984540054;
  static final double Z99 = 2.5758293035489004;

  private static String starsFor(double coef, double se, double df) {
    Fit f = Fits.fit("pooled", "y", List.of("x"), new double[] {coef}, new double[] {se}, df, 100, 10, 0.5, Map.of());
    Table t = RegressionTable.build("t", "T", List.of(Fits.model("m", "pooled", f, List.of(), List.of())),
        ReportSpec.defaults());
    String cell = t.body().get(0).get(1).text();
    return cell.substring(cell.indexOf('*') < 0 ? cell.length() : cell.indexOf('*'));
  }

  @Test
  void starsFlipExactlyAtTheNormalThresholds() {
    double eps = 1e-6;
    double inf = Double.POSITIVE_INFINITY;
    assertThat(starsFor(Z90 - eps, 1, inf)).isEqualTo("");
    assertThat(starsFor(Z90 + eps, 1, inf)).isEqualTo("*");
    assertThat(starsFor(Z95 - eps, 1, inf)).isEqualTo("*");
    assertThat(starsFor(Z95 + eps, 1, inf)).isEqualTo("**");
    assertThat(starsFor(Z99 - eps, 1, inf)).isEqualTo("**");
    assertThat(starsFor(Z99 + eps, 1, inf)).isEqualTo("***");
    // sign does not matter (two-sided), and the statistic is coef/se
    assertThat(starsFor(-(Z95 + eps) * 0.2, 0.2, inf)).isEqualTo("**");
  }

  @Test
  void starsUseTheFitsOwnTDistribution() {
    // t with 1 df (Cauchy): p = 1 - (2/pi) atan|t|, so the p = a threshold sits at t = tan(pi/2 (1 - a))
    for (double a : new double[] {0.1, 0.05, 0.01}) {
      double t = Math.tan(Math.PI / 2 * (1 - a));
      int expected = a == 0.1 ? 1 : a == 0.05 ? 2 : 3;
      assertThat(starsFor(t * (1 - 1e-6), 1, 1)).as("a=%s below", a).hasSize(expected - 1);
      assertThat(starsFor(t * (1 + 1e-6), 1, 1)).as("a=%s above", a).hasSize(expected);
    }
    // t with 2 df: p = 1 - |t|/sqrt(2 + t^2)  =>  t = sqrt(2 q^2 / (1 - q^2)), q = 1 - p
    double q = 0.95;
    double t2 = Math.sqrt(2 * q * q / (1 - q * q));
    assertThat(starsFor(t2 * (1 - 1e-6), 1, 2)).isEqualTo("*");
    assertThat(starsFor(t2 * (1 + 1e-6), 1, 2)).isEqualTo("**");
    // t = 3: p = 1 - 3/sqrt(11) = 0.0955 with 2 df, but 0.0027 under the normal: the df matters
    assertThat(starsFor(3, 1, 2)).isEqualTo("*");
    assertThat(starsFor(3, 1, Double.POSITIVE_INFINITY)).isEqualTo("***");
  }

  @Test
  void customThresholds() {
    ReportSpec spec = new ReportSpec(3, List.of(0.05, 0.01, 0.001), null, null, null, null, null, null, null, null);
    Fit f = Fits.fit("pooled", "y", List.of("x"), new double[] {Z95 + 0.01}, new double[] {1},
        Double.POSITIVE_INFINITY, 100, 10, 0.5, Map.of());
    Table t = RegressionTable.build("t", "T", List.of(Fits.model("m", "pooled", f, List.of(), List.of())), spec);
    assertThat(t.body().get(0).get(1).text()).endsWith("*").doesNotEndWith("**");
    assertThat(t.notes()).anyMatch(n -> n.startsWith("* p<0.05, ** p<0.01, *** p<0.001"));
  }

  private static List<ModelResult> models() {
    Fit pooled = Fits.fit("pooled", "log1p(patents)", List.of("(Intercept)", "business", "government", "age"),
        new double[] {-1.5, 0.08, 0.2345678, 0.01}, new double[] {0.3, 0.052, 0.041, 0.02}, 500, 504, 50, 0.38,
        Map.of("f", 12.5));
    Fit within = Fits.withVcovType(Fits.fit("within", "log1p(patents)", List.of("government", "l(government, 1)"),
        new double[] {0.15, 0.05}, new double[] {0.05, Double.NaN}, 49, 450, 50, 0.11, Map.of()),
        "cluster(firm_id), Stata small-sample");
    return List.of(
        Fits.model("A", "pooled", pooled, List.of(), List.of()),
        Fits.model("B", "within", within, List.of("firm_id", "year"), List.of("firm_id")),
        ModelResult.failure("C", "Dynamic", "gmm", "log1p(patents) ~ government", "singular weighting matrix"));
  }

  private static ReportSpec spec(String beneath) {
    return new ReportSpec(3, null, beneath, Map.of("government", "Government network", "firm_id", "Firm",
        "log1p(patents)", "ln(1+patents)"), List.of("government"), null, List.of("age"), null, null, null);
  }

  /** A table none of whose models has the configured controls says nothing about them (a GMM model without any). */
  @Test
  void controlsOnlyWhereSomeModelHasThem() {
    ReportSpec spec = new ReportSpec(3, null, "se", Map.of(), List.of(), null, List.of("size", "leverage"), null, null,
        null);
    Table t = RegressionTable.build("main", "Main", models(), spec);
    assertThat(rowOf(t, "Controls")).isEqualTo(-1);
    assertThat(t.notes()).noneMatch(n -> n.startsWith("Controls"));
  }

  private static int rowOf(Table t, String label) {
    for (int i = 0; i < t.body().size(); i++) if (label.equals(t.body().get(i).get(0).text())) return i;
    return -1;
  }

  @Test
  void esttabLayout() {
    Table t = RegressionTable.build("main", "Main", models(), spec("se"));
    assertThat(t.regression()).isTrue();
    assertThat(t.columns()).isEqualTo(4);
    assertThat(t.header().get(0)).extracting(Cell::text).containsExactly(null, "(1)", "(2)", "(3)");
    assertThat(t.header().get(1)).extracting(Cell::text).containsExactly(null, "A", "B", "Dynamic");
    assertThat(t.header().get(2)).extracting(Cell::text)
        .containsExactly("Outcome", "ln(1+patents)", "ln(1+patents)", "ln(1+patents)");
    assertThat(t.header().get(3)).extracting(Cell::text).containsExactly("Estimator", "Pooled OLS", "FE (within)", "GMM");

    // order: report.order first, then first appearance, constant last; controls hidden
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < t.body().size(); i += 1) labels.add(t.body().get(i).get(0).text());
    assertThat(labels.subList(0, 8)).containsExactly("Government network", null, "business", null,
        "Government network (t-1)", null, "Constant", null);
    assertThat(labels).doesNotContain("age");

    List<Cell> gov = t.body().get(0);
    assertThat(gov.get(1).text()).isEqualTo("0.235***"); // z = 5.72
    assertThat(t.body().get(1).get(1).text()).isEqualTo("(0.041)");
    assertThat(gov.get(2).text()).isEqualTo("0.150***"); // t = 3 with 49 df
    assertThat(gov.get(3).text()).isEqualTo("Not estimated");
    assertThat(gov.get(3).note()).isEqualTo("singular weighting matrix");
    // NaN standard error: estimate without stars, blank beneath
    assertThat(t.body().get(4).get(2).text()).isEqualTo("0.050");
    assertThat(t.body().get(5).get(2).isBlank()).isTrue();
    // a term absent from a model is blank
    assertThat(t.body().get(2).get(2).isBlank()).isTrue();

    assertThat(t.body().get(rowOf(t, "Firm FE"))).extracting(Cell::text).containsExactly("Firm FE", "No", "Yes", null);
    assertThat(t.body().get(rowOf(t, "year FE"))).extracting(Cell::text).containsExactly("year FE", "No", "Yes", null);
    assertThat(t.body().get(rowOf(t, "Controls"))).extracting(Cell::text).containsExactly("Controls", "Yes", "No", null);
    assertThat(t.body().get(rowOf(t, "Cluster"))).extracting(Cell::text).containsExactly("Cluster", "No", "Firm", null);
    List<Cell> n = t.body().get(rowOf(t, "N"));
    assertThat(n.get(1).kind()).isEqualTo(Cell.Kind.INTEGER);
    assertThat(n.get(1).number()).isEqualTo(504);
    // R² and within R² on separate rows, never mixed
    assertThat(t.body().get(rowOf(t, "R²")).get(1).number()).isEqualTo(0.38);
    assertThat(t.body().get(rowOf(t, "R²")).get(2).isBlank()).isTrue();
    assertThat(t.body().get(rowOf(t, "Within R²")).get(2).number()).isEqualTo(0.11);
    assertThat(t.body().get(rowOf(t, "Within R²")).get(1).isBlank()).isTrue();
    assertThat(t.body().get(rowOf(t, "F")).get(1).number()).isEqualTo(12.5);
    assertThat(rowOf(t, "Log-likelihood")).isEqualTo(-1); // no model has one

    // rules: after the coefficients and after the indicator rows
    assertThat(t.rulesAfter()).containsExactly(rowOf(t, "Firm FE") - 1, rowOf(t, "Cluster"));

    assertThat(t.notes().get(0)).isEqualTo("Standard errors in parentheses; covariance: (1) classical;"
        + " (2) cluster(firm_id), Stata small-sample.");
    assertThat(t.notes()).contains("Controls (not shown): age.", "(3) not estimated: singular weighting matrix");
    assertThat(t.notes()).anyMatch(s -> s.startsWith("* p<0.1, ** p<0.05, *** p<0.01"));
    assertThat(t.notes()).anyMatch(s -> s.startsWith("Sample: 450–504 firm-year observations of 50 firms"));
  }

  @Test
  void beneathTStatisticsAndIntervals() {
    Table t = RegressionTable.build("main", "Main", models(), spec("t"));
    assertThat(t.body().get(1).get(1).text()).isEqualTo("(" + String.format(java.util.Locale.ROOT, "%.3f",
        0.2345678 / 0.041) + ")");
    assertThat(t.notes().get(0)).startsWith("t statistics in parentheses");
    Table ci = RegressionTable.build("main", "Main", models(), spec("ci"));
    double lo = 0.2345678 - Z95 * 0.041, hi = 0.2345678 + Z95 * 0.041;
    assertThat(ci.body().get(1).get(1).text()).isEqualTo(String.format(java.util.Locale.ROOT, "[%.3f, %.3f]", lo, hi));
    assertThatThrownBy(() -> RegressionTable.build("m", "M", models(), spec("stars")))
        .hasMessageContaining("report.beneath");
  }

  @Test
  void countModelsAsIncidenceRateRatios() {
    Fit p = Fits.withVcovType(Fits.fit("poisson", "patents", List.of("government"), new double[] {0.2},
        new double[] {0.05}, Double.POSITIVE_INFINITY, 300, 30, Double.NaN, Map.of("loglik", -812.5)), "robust");
    List<ModelResult> ms = List.of(Fits.model("P", "poisson", p, List.of(), List.of()));
    Table plain = RegressionTable.build("c", "C", ms, ReportSpec.defaults());
    assertThat(plain.body().get(0).get(1).text()).isEqualTo("0.200***");
    Table irr = RegressionTable.build("c", "C", ms, ReportSpec.defaults(), RegressionTable.Options.defaults().withEform(true));
    assertThat(irr.body().get(0).get(1).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f***", Math.exp(0.2)));
    assertThat(irr.body().get(1).get(1).text()).isEqualTo(String.format(java.util.Locale.ROOT, "(%.3f)",
        Math.exp(0.2) * 0.05));
    assertThat(irr.header().get(3).get(1).text()).isEqualTo("Poisson (IRR)");
    assertThat(irr.notes()).anyMatch(s -> s.contains("incidence-rate ratios"));
    assertThat(irr.body().get(rowOf(irr, "Log-likelihood")).get(1).number()).isEqualTo(-812.5);
    assertThat(rowOf(irr, "R²")).isEqualTo(-1); // NaN R² is not a row
  }

  @Test
  void extraStatisticsAndSampleNote() {
    Fit f = Fits.fit("gmm", "y", List.of("x"), new double[] {1}, new double[] {0.5}, Double.POSITIVE_INFINITY, 100,
        10, Double.NaN, Map.of("ar2_p", 0.4321, "dropped_groups", 6.0, "loglik", -10.5));
    Table t = RegressionTable.build("g", "G", List.of(Fits.model("g", "gmm", f, List.of(), List.of())),
        ReportSpec.defaults(), RegressionTable.Options.defaults().withStat("ar2_p", "AR(2) p").withSample("CSMAR 2010-2020")
            .withStat("dropped_groups", "Dropped").withStat("loglik", "Log-likelihood"));
    Cell dropped = t.body().get(rowOf(t, "Dropped")).get(1);
    assertThat(dropped.kind()).isEqualTo(Cell.Kind.INTEGER);
    assertThat(dropped.number()).isEqualTo(6.0);
    assertThat(t.body().stream().filter(r -> "Log-likelihood".equals(r.get(0).text())).count()).isEqualTo(1);
    List<Cell> ar = t.body().get(rowOf(t, "AR(2) p"));
    assertThat(ar.get(1).kind()).isEqualTo(Cell.Kind.P_VALUE);
    assertThat(ar.get(1).number()).isEqualTo(0.4321);
    assertThat(t.notes()).contains("Sample: CSMAR 2010-2020");
    assertThat(t.notes().get(0)).startsWith("Standard errors in parentheses");
  }

  @Test
  void noModelsIsAnError() {
    assertThatThrownBy(() -> RegressionTable.build("m", "M", List.of(), ReportSpec.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
