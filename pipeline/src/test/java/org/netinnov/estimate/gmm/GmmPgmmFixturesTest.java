package org.netinnov.estimate.gmm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netinnov.data.Panel;

/**
 * Every figure of further pgmm fits on EmplUK (empluk_gmm_extra_plm.json, computed with
 * reference/gmm/empluk_gmm_extra_plm.R): time-effect coefficients, nobs, Hansen, xtabond2's Sargan, robust AR
 * tests and Wald tests, for one- and two-step, difference and system, collapsed and not, with and without time
 * effects.
 */
class GmmPgmmFixturesTest {
  static final JsonNode EXTRA = PgmmFigures.json("/reference/empluk_gmm_extra_plm.json");
  static final Panel PANEL = EmplUk.load();

  static Stream<Arguments> entries() {
    return Stream.of("difference_onestep", "difference_twostep", "system_onestep", "system_twostep",
        "difference_twostep_collapsed", "system_twostep_collapsed", "difference_onestep_individual",
        "system_onestep_individual", "ab_full_onestep").map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("entries")
  void matchesPgmm(String entry) {
    JsonNode e = EXTRA.get(entry);
    List<EmplUkModels.Block> blocks = entry.startsWith("system") ? EmplUkModels.BB
        : entry.startsWith("ab_full") ? EmplUkModels.AB_FULL : EmplUkModels.AB;
    List<GmmInstrument> gmm = entry.startsWith("system") ? EmplUkModels.BB_GMM : EmplUkModels.AB_GMM;
    PgmmFigures.assertMatches(GmmEstimator.fit(PANEL, PgmmFigures.spec(e, blocks, gmm)), e);
  }
}
