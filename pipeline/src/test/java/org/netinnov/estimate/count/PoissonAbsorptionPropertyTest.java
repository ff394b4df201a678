package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netinnov.data.Factor;
import org.netinnov.estimate.CovarianceSpec;
import org.netinnov.estimate.Design;
import org.netinnov.estimate.Fit;
import org.netinnov.testing.RandomDraws;

/**
 * Absorbing fixed effects must give the same slopes as writing the dummies out (the incidental-parameter-free
 * Poisson FE result: the concentrated and the full likelihood share their maximum), and the two absorption paths
 * (exact one-way + dummy block, alternating projections) must agree with each other.
 */
class PoissonAbsorptionPropertyTest {

  static void assertClose(double a, double b, double relTol) {
    assertThat(Math.abs(a - b)).as("%s vs %s", a, b).isLessThanOrEqualTo(relTol * Math.max(Math.abs(b), 1e-300));
  }

  @Test void explicitFirmAndYearDummiesGiveTheAbsorbedEstimates() {
    CountTestData.CountPanel p = new CountTestData.CountPanel();
    // keep the firms with some patent (the explicit-dummy MLE does not exist for all-zero firms)
    double[] total = new double[p.firmFactor.levels()];
    for (int i = 0; i < p.patents.length; i++) total[p.firmFactor.codes()[i]] += p.patents[i];
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < p.patents.length; i++) if (total[p.firmFactor.codes()[i]] > 0) keep.add(i);
    int n = keep.size();
    double[] y = new double[n], lrd = new double[n], net = new double[n];
    int[] firm = new int[n], year = new int[n];
    for (int m = 0; m < n; m++) {
      int i = keep.get(m);
      y[m] = p.patents[i];
      lrd[m] = p.logRd[i];
      net[m] = p.network[i];
      firm[m] = p.firm[i];
      year[m] = p.year[i];
    }
    Factor ff = Factor.ofInts("firm", firm), yf = Factor.ofInts("year", year);
    Design absorbed = CountTestData.design("patents", y, List.of("log(rd)", "network"), new double[][] {lrd, net},
        true, firm, year, List.of(ff, yf), List.of(ff));
    List<String> names = new ArrayList<>(List.of("log(rd)", "network"));
    List<double[]> cols = new ArrayList<>(List.of(lrd, net));
    addDummies(ff, names, cols);
    addDummies(yf, names, cols);
    Design explicit = CountTestData.design("patents", y, names, cols.toArray(new double[0][]), true, firm, year,
        List.of(), List.of(ff));

    Fit a = CountModels.poisson(absorbed, CovarianceSpec.CLASSICAL);
    Fit e = CountModels.poisson(explicit, CovarianceSpec.CLASSICAL);
    assertThat(e.terms().get(0)).isEqualTo("(Intercept)");
    assertThat(e.k()).isEqualTo(1 + 2 + (ff.levels() - 1) + (yf.levels() - 1));
    for (int j = 0; j < 2; j++) {
      assertClose(a.coef()[j], e.coef()[e.indexOf(a.terms().get(j))], 1e-8);
      assertClose(a.se(j), e.se(e.indexOf(a.terms().get(j))), 1e-8);
    }
    assertClose(a.stat("loglik"), e.stat("loglik"), 1e-10);
    assertClose(a.stat("aic"), e.stat("aic"), 1e-10);
    Fit ac = CountModels.poisson(absorbed, CovarianceSpec.cluster("firm"));
    Fit ec = CountModels.poisson(explicit, CovarianceSpec.cluster("firm"));
    for (int j = 0; j < 2; j++) assertClose(ac.se(j), ec.se(ec.indexOf(ac.terms().get(j))), 1e-7);
  }

  static void addDummies(Factor f, List<String> names, List<double[]> cols) {
    for (int l = 1; l < f.levels(); l++) {
      double[] d = new double[f.codes().length];
      for (int i = 0; i < d.length; i++) d[i] = f.codes()[i] == l ? 1 : 0;
      names.add(f.name() + "=" + f.labels()[l]);
      cols.add(d);
    }
  }

  @Test void exactAndProjectionPathsAgreeOnTwoAndThreeWayEffects() {
    for (long seed : new long[] {1, 2, 3}) {
      Synthetic s = Synthetic.panel(seed, 150, 8, 0.15);
      Factor firm = Factor.ofInts("firm", s.firm), year = Factor.ofInts("year", s.year);
      Factor region = Factor.ofInts("region", s.region);
      Factor regionYear = Factor.interact(region, year);
      for (List<Factor> fe : List.of(List.of(firm, year), List.of(firm, year, regionYear))) {
        Design d = CountTestData.design("y", s.y, List.of("x1", "x2", "x3"), s.x, true, s.firm, s.year, fe,
            List.of(firm));
        Fit exact = CountModels.poisson(d, CovarianceSpec.cluster("firm"),
            CountOptions.DEFAULT.withAbsorption(CountOptions.Absorption.EXACT_ONE_WAY));
        Fit ap = CountModels.poisson(d, CovarianceSpec.cluster("firm"),
            CountOptions.DEFAULT.withAbsorption(CountOptions.Absorption.ALTERNATING_PROJECTIONS));
        assertThat(exact.terms()).isEqualTo(ap.terms());
        for (int j = 0; j < exact.k(); j++) {
          assertClose(exact.coef()[j], ap.coef()[j], 1e-8);
          assertClose(exact.se(j), ap.se(j), 1e-7);
        }
        assertClose(exact.stat("loglik"), ap.stat("loglik"), 1e-11);
        // exact rank on the dummy path; the projection path counts exactly for two factors only (upper bound beyond)
        if (fe.size() == 2) assertThat(exact.stat("n_fe_params")).isEqualTo(ap.stat("n_fe_params"));
        else assertThat(exact.stat("n_fe_params")).isLessThanOrEqualTo(ap.stat("n_fe_params"));
        assertThat(exact.stat("converged")).isEqualTo(1.0);
        assertThat(ap.stat("converged")).isEqualTo(1.0);
      }
    }
  }

  @Test void threadsDoNotChangeTheResultsAndRowOrderDoesNotMatter() {
    // 54,000 rows: 3 chunks of at least 16,384 rows, so the pass really is split
    Design d = PoissonBench.generate(6_000, 10, 0.10, 99L);
    Fit par = CountModels.poisson(d, CovarianceSpec.cluster("firm"));
    Fit seq = CountModels.poisson(d, CovarianceSpec.cluster("firm"), CountOptions.DEFAULT.withParallel(false));
    assertThat(par.coef()).containsExactly(seq.coef());
    for (int j = 0; j < par.k(); j++) assertThat(par.vcov()[j]).containsExactly(seq.vcov()[j]);
    assertThat(par.stat("loglik")).isEqualTo(seq.stat("loglik"));
    // the same rows in year-major order: groups are no longer contiguous and are sorted internally
    int n = d.n();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> d.year()[a] != d.year()[b] ? Integer.compare(d.year()[a], d.year()[b])
        : Integer.compare(d.firm()[a], d.firm()[b]));
    double[] y = new double[n];
    double[][] x = new double[d.k()][n];
    int[] firm = new int[n], year = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = d.y()[order[i]];
      for (int j = 0; j < d.k(); j++) x[j][i] = d.x()[j][order[i]];
      firm[i] = d.firm()[order[i]];
      year[i] = d.year()[order[i]];
    }
    Factor ff = Factor.ofInts("firm", firm), yf = Factor.ofInts("year", year);
    Fit shuffled = CountModels.poisson(CountTestData.design("y", y, d.terms(), x, false, firm, year, List.of(ff, yf),
        List.of(ff)), CovarianceSpec.cluster("firm"));
    for (int j = 0; j < par.k(); j++) {
      assertClose(shuffled.coef()[j], par.coef()[j], 1e-10);
      assertClose(shuffled.se(j), par.se(j), 1e-8);
    }
  }

  @Test void frequencyWeightsEqualDuplicatedRows() {
    CountTestData.CountPanel p = new CountTestData.CountPanel();
    int n = p.patents.length;
    double[] w = new double[n];
    int extra = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 1 + (i % 3 == 0 ? 1 : 0);
      extra += (int) w[i] - 1;
    }
    int m = n + extra;
    double[] y = new double[m], a = new double[m], b = new double[m];
    int[] firm = new int[m], year = new int[m];
    for (int i = 0, r = 0; i < n; i++)
      for (int c = 0; c < w[i]; c++, r++) {
        y[r] = p.patents[i];
        a[r] = p.logRd[i];
        b[r] = p.network[i];
        firm[r] = p.firm[i];
        year[r] = p.year[i];
      }
    Factor ff = Factor.ofInts("firm", firm), yf = Factor.ofInts("year", year);
    for (List<Factor> fe : List.of(List.<Factor>of(), List.of(p.firmFactor, p.yearFactor))) {
      boolean pooled = fe.isEmpty();
      Design base = p.twoWay(List.of(p.firmFactor));
      Design weighted = new Design("patents", p.patents, base.terms(), base.x(), true, w, base.firm(), base.nFirms(),
          base.year(), fe, List.of(p.firmFactor), base.rows());
      Design dup = CountTestData.design("patents", y, base.terms(), new double[][] {a, b}, true, firm, year,
          pooled ? List.of() : List.of(ff, yf), List.of(ff));
      for (CovarianceSpec se : List.of(CovarianceSpec.CLASSICAL, CovarianceSpec.cluster("firm"))) {
        Fit fw = CountModels.poisson(weighted, se), fd = CountModels.poisson(dup, se);
        assertThat(fw.terms()).isEqualTo(fd.terms());
        for (int j = 0; j < fw.k(); j++) {
          assertClose(fw.coef()[j], fd.coef()[j], 1e-9);
          assertClose(fw.se(j), fd.se(j), 1e-8);
        }
        assertClose(fw.stat("loglik"), fd.stat("loglik"), 1e-11);
      }
      if (pooled) continue;   // without firm effects the firm heterogeneity is overdispersion
      // given firm and year effects these data are Poisson: NB2 must end on the boundary alpha -> 0 and say so
      Fit nb = CountModels.negativeBinomial(weighted, CovarianceSpec.CLASSICAL);
      assertThat(nb.stat("converged")).isEqualTo(0.0);
      assertThat(nb.stat("alpha")).isLessThan(1e-8);
      assertThat(nb.notes()).anyMatch(t -> t.contains("alpha tends to 0"));
    }
  }

  @Test void regressorConstantWithinFirmsIsDroppedNotFatal() {
    Synthetic s = Synthetic.panel(7, 80, 6, 0.1);
    double[] firmLevel = new double[s.y.length];
    for (int i = 0; i < firmLevel.length; i++) firmLevel[i] = s.firm[i] % 3;
    Factor firm = Factor.ofInts("firm", s.firm), year = Factor.ofInts("year", s.year);
    Design d = CountTestData.design("y", s.y, List.of("x1", "size_class"), new double[][] {s.x[0], firmLevel}, true,
        s.firm, s.year, List.of(firm, year), List.of());
    Fit f = CountModels.poisson(d, CovarianceSpec.CLASSICAL);
    assertThat(f.terms()).containsExactly("x1");
    assertThat(f.dropped()).containsKey("size_class");
  }

  /** A Poisson panel with firm, year and region-by-year effects. */
  static final class Synthetic {
    double[] y;
    double[][] x;
    int[] firm, year, region;

    static Synthetic panel(long seed, int firms, int years, double missing) {
      SplittableRandom r = new SplittableRandom(seed);
      List<int[]> keys = new ArrayList<>();
      for (int f = 0; f < firms; f++)
        for (int t = 0; t < years; t++) if (r.nextDouble() >= missing) keys.add(new int[] {f, 2000 + t});
      int n = keys.size();
      Synthetic s = new Synthetic();
      s.y = new double[n];
      s.x = new double[3][n];
      s.firm = new int[n];
      s.year = new int[n];
      s.region = new int[n];
      double[] fe = new double[firms];
      for (int f = 0; f < firms; f++) fe[f] = 0.8 * r.nextGaussian();
      double[] rt = new double[5 * years];
      for (int k = 0; k < rt.length; k++) rt[k] = 0.2 * r.nextGaussian();
      for (int i = 0; i < n; i++) {
        int f = keys.get(i)[0], t = keys.get(i)[1];
        s.firm[i] = f;
        s.year[i] = t;
        s.region[i] = f % 5;
        for (int j = 0; j < 3; j++) s.x[j][i] = r.nextGaussian() + 0.5 * fe[f];
        double eta = 0.3 * s.x[0][i] - 0.2 * s.x[1][i] + 0.1 * s.x[2][i] + fe[f] + 0.05 * (t - 2000)
            + rt[s.region[i] * years + (t - 2000)];
        s.y[i] = RandomDraws.poisson(r, Math.exp(eta));
      }
      return s;
    }
  }
}
