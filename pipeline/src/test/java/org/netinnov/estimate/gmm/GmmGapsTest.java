package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;

/**
 * An unbalanced panel with interior gaps (EmplUK without 15 firm-years) against pgmm figures computed with
 * reference/gmm/empluk_gaps_gmm_plm.R. pgmm follows the calendar year (its script checks that keeping the removed
 * firm-years with missing values changes nothing), and so do we.
 */
class GmmGapsTest {
  static final JsonNode GAPS = PgmmFigures.json("/reference/empluk_gaps_gmm_plm.json");

  static Set<String> removed() {
    var s = new HashSet<String>();
    GAPS.get("removed").forEach(n -> s.add(n.asText()));
    return s;
  }

  static final Panel PANEL = EmplUk.load(removed());

  @ParameterizedTest
  @ValueSource(strings = {"difference_onestep", "difference_twostep_collapsed", "system_twostep",
      "system_onestep_collapsed"})
  void matchesPgmmOnGappedPanel(String entry) {
    assertThat(PANEL.rows()).isEqualTo(1031 - GAPS.get("removed").size());
    JsonNode e = GAPS.get(entry);
    boolean sys = entry.startsWith("system");
    GmmSpec spec = PgmmFigures.spec(e, sys ? EmplUkModels.BB : EmplUkModels.AB,
        sys ? EmplUkModels.BB_GMM : EmplUkModels.AB_GMM);
    PgmmFigures.assertMatches(GmmEstimator.fit(PANEL, spec), e);
  }

  @Test
  void gapIsTheSameAsAFirmYearWithMissingValues() {
    // keep the removed firm-years but with every variable missing: lags that follow the year see no difference
    Panel full = EmplUk.load();
    Set<String> gone = removed();
    boolean[] hole = new boolean[full.rows()];
    for (int i = 0; i < full.rows(); i++)
      hole[i] = gone.contains(full.firmLabel(full.firm()[i]) + ":" + full.year()[i]);
    Panel holes = full;
    for (String v : List.of("lemp", "lwage", "lcap", "lout")) {
      double[] x = full.numeric(v).clone();
      for (int i = 0; i < x.length; i++) if (hole[i]) x[i] = Double.NaN;
      holes = holes.withNumeric(v, x);
    }
    for (GmmSpec spec : List.of(EmplUkModels.difference(true, false), EmplUkModels.system(false))) {
      GmmFit a = GmmEstimator.fit(PANEL, spec);
      GmmFit b = GmmEstimator.fit(holes, spec);
      assertThat(b.fit().coef()).containsExactly(a.fit().coef(), within(1e-12));
      assertThat(b.hansen().statistic()).isCloseTo(a.hansen().statistic(), within(1e-9));
      assertThat(b.fit().nobs()).isEqualTo(a.fit().nobs());
    }
  }

  @Test
  void shiftingByRowWouldGiveAnotherEstimate() {
    // renumber each firm's years consecutively: a row-shifting estimator would see this panel; pgmm's figure for it
    // is in the fixture, and it is not the year-following estimate
    int[] year = PANEL.year().clone();
    int[] start = PANEL.firmOffsets();
    for (int f = 0; f < PANEL.firms(); f++)
      for (int i = start[f] + 1; i < start[f + 1]; i++) year[i] = year[start[f]] + (i - start[f]);
    var b = new PanelBuilder("firm", "year",
        Arrays.stream(PANEL.firm()).mapToObj(PANEL::firmLabel).toArray(String[]::new), year);
    for (String v : List.of("lemp", "lwage", "lcap", "lout")) b.numeric(v, PANEL.numeric(v));
    GmmSpec spec = EmplUkModels.spec(EmplUkModels.AB, EmplUkModels.COLUMN_LABELS, EmplUkModels.AB_GMM,
        GmmSpec.Transformation.DIFFERENCE, false, true, false);
    double byRow = GmmEstimator.fit(b.build(), spec).coef("lag(lemp, 1:2)1");
    double expectedByRow = GAPS.get("by_row_difference_onestep_lag1").asDouble();
    assertThat(byRow).isCloseTo(expectedByRow, within(1e-6 * Math.abs(expectedByRow)));
    double byYear = GmmEstimator.fit(PANEL, spec).coef("lag(lemp, 1:2)1");
    assertThat(Math.abs(byYear - byRow)).isGreaterThan(0.01);
  }
}
