package org.netinnov.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.config.ModelSpec;
import org.netinnov.data.Panel;
import org.netinnov.data.PanelBuilder;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;

class ModerationEffectsTest {
  /** Six rows with z = 1..6 (mean 3.5, SD √3.5) and a binary d. */
  static Panel six() {
    PanelBuilder b = new PanelBuilder("firm", "year", new String[] {"A", "A", "A", "B", "B", "B"},
        new int[] {1, 2, 3, 1, 2, 3});
    b.numeric("z", new double[] {1, 2, 3, 4, 5, 6});
    b.numeric("d", new double[] {0, 1, 0, 1, 1, 0});
    b.numeric("x", new double[] {1, 1, 1, 1, 1, 1});
    return b.build();
  }

  /** b = (0.5, 0.2, 0.3) for x, z, x:z; V_xx = 0.04, V_x,xz = −0.005, V_xz,xz = 0.01. */
  static ModelResult model(String moderator) {
    double[][] v = {{0.04, 0.001, -0.005}, {0.001, 0.02, 0.0}, {-0.005, 0.0, 0.01}};
    return new ModelResult("m", "M", "within", "y ~ x*" + moderator, List.of(), List.of(),
        Fits.fit(List.of("x", moderator, "x:" + moderator), new double[] {0.5, 0.2, 0.3}, v, 40,
            new int[] {0, 1, 2, 3, 4, 5}), null, 0);
  }

  @Test
  void marginalEffectsAtLowMeanHighAgainstHandComputation() {
    var r = ModerationEffects.of(model("z"), six(), "x", "z", 0.95, List.of());
    assertThat(r.zMean()).isEqualTo(3.5);
    assertThat(r.zSd()).isCloseTo(1.8708286933869707, within(1e-14));
    // by hand: effect 0.5 + 0.3 z; se √(0.04 + z²·0.01 − 0.01 z); t(40) critical 2.02107539030627 (R qt)
    double[][] expect = {{1.6291713066130293, 0.9887513919839088, 0.22416573867739414},
        {3.5, 1.55, 0.3570714214271425}, {5.37082869338697, 2.111248608016091, 0.5241657386773941}};
    assertThat(r.levels()).extracting(ModerationEffects.Level::label)
        .containsExactly("low (−1 SD)", "mean", "high (+1 SD)");
    for (int k = 0; k < 3; k++) {
      var l = r.levels().get(k);
      assertThat(l.z()).isCloseTo(expect[k][0], within(1e-13));
      assertThat(l.effect()).isCloseTo(expect[k][1], within(1e-13));
      assertThat(l.se()).isCloseTo(expect[k][2], within(1e-13));
      assertThat(l.low()).isCloseTo(expect[k][1] - 2.02107539030627 * expect[k][2], within(1e-9));
      assertThat(l.high()).isCloseTo(expect[k][1] + 2.02107539030627 * expect[k][2], within(1e-9));
    }
  }

  @Test
  void centredModeratorIsInCentredUnits() {
    var r = ModerationEffects.of(model("z"), six(), "x", "z", 0.95, List.of("z"));
    assertThat(r.centred()).isTrue();
    double[][] expect = {{-1.8708286933869707, -0.06124860801609122, 0.3061180931174597}, {0, 0.5, 0.2},
        {1.8708286933869707, 1.0612486080160912, 0.23725874708033484}};
    for (int k = 0; k < 3; k++) {
      var l = r.levels().get(k);
      assertThat(l.z()).isCloseTo(expect[k][0], within(1e-13));
      assertThat(l.zRaw()).isCloseTo(3.5 + expect[k][0], within(1e-13));
      assertThat(l.effect()).isCloseTo(expect[k][1], within(1e-13));
      assertThat(l.se()).isCloseTo(expect[k][2], within(1e-13));
    }
  }

  @Test
  void tableAndChartShowEachLevel() {
    var r = ModerationEffects.of(model("z"), six(), "x", "z", 0.95, List.of());
    var labels = new org.netinnov.report.TermLabels(java.util.Map.of("z", "Firm age"));
    var t = MechanismTables.moderation(List.of(r, r), labels);
    assertThat(t.body().get(0).get(2).text()).isEqualTo("Firm age");
    assertThat(t.body()).hasSize(6);
    assertThat(t.rulesAfter()).containsExactly(2);
    assertThat(t.body().get(1).get(6).number()).isEqualTo(1.55);
    var charts = MechanismTables.moderationCharts(List.of(r), labels);
    assertThat(charts.get(0).title()).isEqualTo("Marginal effect of x by Firm age (" + r.label() + ")");
    assertThat(charts).hasSize(1);
    assertThat(charts.get(0).kind()).isEqualTo(org.netinnov.report.model.Chart.Kind.INTERVAL);
    assertThat(charts.get(0).x()).containsExactly(r.levels().get(0).zRaw(), 3.5, r.levels().get(2).zRaw());
    assertThat(charts.get(0).series().get(0).upper()[1]).isEqualTo(r.levels().get(1).high());
    assertThat(charts.get(0).id()).isEqualTo("moderation_m_x_z");
  }

  @Test
  void binaryModeratorAtItsTwoValues() {
    var r = ModerationEffects.of(model("d"), six(), "x", "d", 0.95, List.of());
    assertThat(r.levels()).extracting(ModerationEffects.Level::label).containsExactly("z = 0", "z = 1");
    assertThat(r.levels().get(1).effect()).isCloseTo(0.8, within(1e-15));
    assertThat(r.levels().get(1).se()).isCloseTo(Math.sqrt(0.04 + 0.01 - 0.01), within(1e-15));
    var t = MechanismTables.moderation(List.of(r), new org.netinnov.report.TermLabels(java.util.Map.of("d", "State-owned")));
    assertThat(t.body().get(1).get(3).text()).isEqualTo("State-owned = 1");
  }

  @Test
  void findsInteractionsInFittedModels() {
    SplittableRandom rnd = new SplittableRandom(4);
    int n = 400;
    String[] id = new String[n];
    int[] yr = new int[n];
    double[] x = new double[n], z = new double[n], y = new double[n];
    for (int i = 0; i < n; i++) {
      id[i] = "F" + (i / 8);
      yr[i] = 2000 + i % 8;
      x[i] = rnd.nextGaussian();
      z[i] = 2 + rnd.nextGaussian();
      y[i] = 0.5 * x[i] + 0.2 * z[i] + 0.3 * x[i] * z[i] + (i / 8) * 0.1 + rnd.nextGaussian();
    }
    Panel p = new PanelBuilder("firm", "year", id, yr).numeric("x", x).numeric("z", z).numeric("y", y).build();
    ModelSpec raw = new ModelSpec("y ~ x*z | firm", "within", null, "cluster(firm)", null, null, null, null, null,
        null, null, null, null, null, null);
    ModelSpec centred = new ModelSpec("y ~ x*z | firm", "within", null, "cluster(firm)", null, null, null,
        List.of("x", "z"), null, null, null, null, null, null, null);
    Map<String, ModelResult> models = new LinkedHashMap<>();
    models.put("raw", ModelStage.estimate("raw", raw, p));
    models.put("centred", ModelStage.estimate("centred", centred, p));
    models.put("plain", ModelStage.estimate("plain", new ModelSpec("y ~ x | firm", "within", null, null, null, null,
        null, null, null, null, null, null, null, null, null), p));
    var all = ModerationEffects.all(models, Map.of("raw", raw, "centred", centred), p, 0.95);
    assertThat(all).extracting(ModerationEffects.Result::model).containsExactly("raw", "centred");
    // the same physical marginal effect whether or not z was centred
    for (int k = 0; k < 3; k++) {
      var a = all.get(0).levels().get(k);
      var b = all.get(1).levels().get(k);
      assertThat(b.effect()).isCloseTo(a.effect(), within(1e-9));
      assertThat(b.se()).isCloseTo(a.se(), within(1e-9));
      assertThat(b.zRaw()).isCloseTo(a.zRaw(), within(1e-12));
    }
    assertThat(all.get(0).levels().get(1).effect()).isCloseTo(0.5 + 0.3 * 2, within(0.15));
  }
}
