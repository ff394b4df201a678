package org.netinnov.report;

import org.netinnov.report.bench.Fits;
import org.netinnov.report.bench.SampleWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netinnov.config.ReportSpec;
import org.netinnov.estimate.Fit;
import org.netinnov.estimate.ModelResult;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

class ModelDetailsTest {

  @Test
  void coefficientsAtFullPrecisionWithIntervalsAndIrr() {
    Fit ols = Fits.fit("pooled", "y", List.of("(Intercept)", "x"), new double[] {0.123456789012345, -2.5e-7},
        new double[] {0.0456789, 1e-7}, 1, 100, 10, 0.5, Map.of("f", 3.25));
    Fit pois = Fits.fit("poisson", "n", List.of("x"), new double[] {0.3}, new double[] {0.1},
        Double.POSITIVE_INFINITY, 80, 8, Double.NaN, Map.of("loglik", -100.0));
    List<ModelResult> ms = List.of(Fits.model("ols", "pooled", ols, List.of(), List.of()),
        Fits.model("pois", "poisson", pois, List.of(), List.of()),
        ModelResult.failure("bad", "bad", "gmm", "y ~ x", "no instruments"));
    Table t = ModelDetails.coefficients("d", "D", ms, ReportSpec.defaults());

    assertThat(t.header().get(0)).extracting(Cell::text).startsWith("Model", "Term", "Label", "Estimate",
        "Std. error", "t / z").contains("IRR", "IRR 95% low", "IRR 95% high");
    List<Cell> b0 = t.body().get(0);
    assertThat(b0.get(ModelDetails.COL_ESTIMATE).number()).isEqualTo(0.123456789012345); // exact, not rounded
    assertThat(b0.get(4).number()).isEqualTo(0.0456789);
    assertThat(b0.get(5).number()).isEqualTo(0.123456789012345 / 0.0456789);
    assertThat(b0.get(6).text()).isEqualTo("t(1)");
    // t with 1 df: p = 1 - (2/pi) atan|t|; 0.975 quantile = tan(0.475 pi)
    double tStat = 0.123456789012345 / 0.0456789;
    assertThat(b0.get(7).number()).isCloseTo(1 - 2 / Math.PI * Math.atan(tStat), within(1e-12));
    double q = Math.tan(0.475 * Math.PI);
    assertThat(b0.get(8).number()).isCloseTo(0.123456789012345 - q * 0.0456789, within(1e-9));
    assertThat(b0.get(9).number()).isCloseTo(0.123456789012345 + q * 0.0456789, within(1e-9));
    assertThat(b0.get(10).isBlank()).isTrue(); // no IRR for a linear model
    assertThat(t.body().get(1).get(ModelDetails.COL_ESTIMATE).number()).isEqualTo(-2.5e-7);
    assertThat(t.body().get(1).get(2).text()).isEqualTo("x");
    assertThat(t.body().get(0).get(2).text()).isEqualTo("Constant");

    List<Cell> p = t.body().get(2);
    assertThat(p.get(6).text()).isEqualTo("z");
    double z = RegressionTableTest.Z95;
    assertThat(p.get(10).number()).isEqualTo(Math.exp(0.3));
    assertThat(p.get(11).number()).isCloseTo(Math.exp(0.3 - z * 0.1), within(1e-12));
    assertThat(p.get(12).number()).isCloseTo(Math.exp(0.3 + z * 0.1), within(1e-12));

    List<Cell> failed = t.body().get(3);
    assertThat(failed).extracting(Cell::text).containsExactly("(3) bad", "not estimated", "no instruments");
    assertThat(t.rulesAfter()).containsExactly(1, 2);
  }

  @Test
  void statisticsOneColumnPerModel() {
    Fit ols = Fits.fit("pooled", "y", List.of("x"), new double[] {1}, new double[] {0.5}, 98, 100, 10, 0.5,
        Map.of("f", 3.25, "rmse", 0.7));
    List<ModelResult> ms = List.of(Fits.model("ols", "pooled", ols, List.of("firm_id"), List.of("firm_id")),
        ModelResult.failure("bad", "bad", "gmm", "y ~ x", "no instruments"));
    Table t = ModelDetails.statistics("s", "S", ms, ReportSpec.defaults());
    assertThat(t.columns()).isEqualTo(3);
    Map<String, List<Cell>> rows = new java.util.HashMap<>();
    for (List<Cell> r : t.body()) rows.put(r.get(0).text(), r);
    assertThat(rows.get("Observations").get(1).number()).isEqualTo(100);
    assertThat(rows.get("Residual df").get(1).kind()).isEqualTo(Cell.Kind.INTEGER);
    assertThat(rows.get("F statistic [f]").get(1).number()).isEqualTo(3.25);
    assertThat(rows.get("RMSE [rmse]").get(1).number()).isEqualTo(0.7);
    assertThat(rows.get("Fixed effects").get(1).text()).isEqualTo("firm_id");
    assertThat(rows.get("Failure").get(2).text()).isEqualTo("no instruments");
    assertThat(rows.get("Observations").get(2).isBlank()).isTrue();
  }
}
