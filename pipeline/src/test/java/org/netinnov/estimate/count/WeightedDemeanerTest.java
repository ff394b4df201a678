package org.netinnov.estimate.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/** Weighted demeaning against closed forms (one factor) and an explicit weighted dummy regression (two factors). */
class WeightedDemeanerTest {

  @Test void oneFactorIsTheWeightedGroupMeanResidual() {
    int[] g = {0, 0, 1, 1, 1, 2};
    double[] w = {1, 3, 2, 2, 4, 5};
    double[] r = {1, 5, 2, 4, 10, 7};
    WeightedDemeaner d = new WeightedDemeaner(new int[][] {g}, new int[] {3}, 1e-13, 1000);
    d.setWeights(w);
    assertThat(d.demeanInPlace(r)).isEqualTo(1);
    // group 0: (1·1 + 3·5)/4 = 4; group 1: (2·2 + 2·4 + 4·10)/8 = 6.5; group 2: 7
    assertThat(r).containsExactly(new double[] {-3, 1, -4.5, -2.5, 3.5, 0}, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test void twoFactorsMatchTheWeightedDummyRegressionResidual() {
    SplittableRandom rnd = new SplittableRandom(42);
    int n = 300, la = 40, lb = 7;
    int[] a = new int[n], b = new int[n];
    double[] w = new double[n], v = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = i % la;                       // every level present
      b[i] = rnd.nextInt(lb);
      w[i] = 0.2 + rnd.nextDouble() * 3;
      v[i] = rnd.nextGaussian() + 0.3 * a[i] - 0.5 * b[i];
    }
    // reference: residual of sqrt(w)-scaled least squares on [dummies of a, dummies of b (level 0 dropped)]
    double[][] m = new double[n][la + lb - 1];
    double[] yv = new double[n];
    for (int i = 0; i < n; i++) {
      double s = Math.sqrt(w[i]);
      m[i][a[i]] = s;
      if (b[i] > 0) m[i][la + b[i] - 1] = s;
      yv[i] = s * v[i];
    }
    Array2DRowRealMatrix mm = new Array2DRowRealMatrix(m, false);
    RealVector coef = new QRDecomposition(mm, 1e-12).getSolver().solve(new ArrayRealVector(yv));
    RealVector fitted = mm.operate(coef);
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) expected[i] = (yv[i] - fitted.getEntry(i)) / Math.sqrt(w[i]);

    WeightedDemeaner d = new WeightedDemeaner(new int[][] {a, b}, new int[] {la, lb}, 1e-14, 100_000);
    d.setWeights(w);
    double[] r = v.clone();
    int sweeps = d.demeanInPlace(r);
    assertThat(sweeps).isPositive();
    for (int i = 0; i < n; i++) assertThat(r[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-10));
  }

  @Test void reportsNonConvergenceAsNegativeSweeps() {
    int n = 200;
    int[] a = new int[n], b = new int[n];
    double[] v = new double[n];
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      a[i] = i % 50;
      b[i] = (i / 4) % 45;
      v[i] = rnd.nextGaussian();
    }
    WeightedDemeaner d = new WeightedDemeaner(new int[][] {a, b}, new int[] {50, 45}, 1e-15, 2);
    d.setWeights(null);
    assertThat(d.demeanInPlace(v)).isEqualTo(-2);
  }
}
