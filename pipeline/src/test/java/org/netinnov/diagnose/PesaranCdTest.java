package org.netinnov.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pesaran's CD on unbalanced panels against the definition computed here pair by pair (two-pass correlation over the
 * common years, pairs with fewer than 2 common years or constant residuals omitted): firms observed in every year,
 * firms with gaps, a firm with constant residuals, and firms sharing a single year.
 */
class PesaranCdTest {
  @Test void unbalancedPanelMatchesTheDefinition() {
    Random rnd = new Random(42);
    for (int rep = 0; rep < 5; rep++) {
      int nf = 40 + rep * 13, nt = 9;
      List<double[]> rows = new ArrayList<>(); // firm, year, residual
      for (int f = 0; f < nf; f++) {
        boolean complete = f % 3 == 0, flat = f == 5, single = f == 7 || f == 8;
        for (int t = 0; t < nt; t++) {
          boolean present = complete || (single ? t == (f == 7 ? 0 : 8) : rnd.nextDouble() < 0.7);
          if (present) rows.add(new double[] {f, 2000 + t, flat ? 0.1 : rnd.nextGaussian() + 0.3 * Math.sin(t)});
        }
      }
      int n = rows.size();
      double[] e = new double[n];
      int[] firm = new int[n], year = new int[n];
      for (int i = 0; i < n; i++) {
        firm[i] = (int) rows.get(i)[0];
        year[i] = (int) rows.get(i)[1];
        e[i] = rows.get(i)[2];
      }
      TestResult r = PesaranCd.compute(e, firm, year, 0.05);
      assertThat(r.statistic()).as("rep " + rep).isCloseTo(naive(e, firm, year, nf, nt), org.assertj.core.data.Offset.offset(1e-11));
      assertThat(r.note()).contains("omitted");
    }
  }

  /** The O(NT) route of balanced panels, with a firm whose residuals are a constant that binary cannot hold (0.1). */
  @Test void balancedPanelWithAConstantFirm() {
    Random rnd = new Random(7);
    int nf = 30, nt = 8, n = nf * nt;
    double[] e = new double[n];
    int[] firm = new int[n], year = new int[n];
    for (int f = 0, i = 0; f < nf; f++)
      for (int t = 0; t < nt; t++, i++) {
        firm[i] = f;
        year[i] = 2000 + t;
        e[i] = f == 4 ? 0.1 : rnd.nextGaussian();
      }
    TestResult r = PesaranCd.compute(e, firm, year, 0.05);
    assertThat(r.statistic()).isCloseTo(naive(e, firm, year, nf, nt), org.assertj.core.data.Offset.offset(1e-11));
    assertThat(r.note()).contains("constant residuals");
  }

  private static double naive(double[] e, int[] firm, int[] year, int nf, int nt) {
    double[][] w = new double[nf][nt];
    for (double[] row : w) java.util.Arrays.fill(row, Double.NaN);
    for (int i = 0; i < e.length; i++) w[firm[i]][year[i] - 2000] = e[i];
    double sum = 0;
    long pairs = 0;
    for (int i = 0; i < nf; i++)
      for (int j = i + 1; j < nf; j++) {
        List<double[]> common = new ArrayList<>();
        for (int t = 0; t < nt; t++) if (!Double.isNaN(w[i][t]) && !Double.isNaN(w[j][t])) common.add(new double[] {w[i][t], w[j][t]});
        int c = common.size();
        if (c < 2) continue;
        double ma = 0, mb = 0;
        for (double[] p : common) { ma += p[0] / c; mb += p[1] / c; }
        double sab = 0, saa = 0, sbb = 0;
        for (double[] p : common) {
          sab += (p[0] - ma) * (p[1] - mb);
          saa += (p[0] - ma) * (p[0] - ma);
          sbb += (p[1] - mb) * (p[1] - mb);
        }
        if (saa < 1e-20 || sbb < 1e-20) continue;
        sum += Math.sqrt(c) * sab / Math.sqrt(saa * sbb);
        pairs++;
      }
    return sum / Math.sqrt(pairs);
  }
}
