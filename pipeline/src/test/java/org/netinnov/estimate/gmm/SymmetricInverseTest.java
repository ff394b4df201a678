package org.netinnov.estimate.gmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricInverseTest {
  static double[][] randomSpd(int n, int rank, double scale, long seed) {
    Random r = new Random(seed);
    double[][] g = new double[rank][n];
    for (double[] row : g) for (int j = 0; j < n; j++) row[j] = r.nextGaussian();
    double[][] a = DenseAlgebra.transposeMultiply(g, g);
    return DenseAlgebra.scale(a, scale);
  }

  static void assertIdentity(double[][] m, double tol) {
    for (int i = 0; i < m.length; i++)
      for (int j = 0; j < m.length; j++) assertThat(m[i][j]).isCloseTo(i == j ? 1.0 : 0.0, within(tol));
  }

  @Test
  void choleskyInverseOfAPositiveDefiniteMatrix() {
    double[][] a = randomSpd(60, 200, 1.0, 1);
    SymmetricInverse.Result r = SymmetricInverse.weighting(a);
    assertThat(r.generalized()).isFalse();
    assertIdentity(DenseAlgebra.multiply(a, r.inverse()), 1e-10);
  }

  @Test
  void singularMatrixGetsTheMoorePenroseInverse() {
    double[][] a = randomSpd(30, 12, 1.0, 2); // rank 12
    SymmetricInverse.Result r = SymmetricInverse.weighting(a);
    assertThat(r.generalized()).isTrue();
    double[][] p = r.inverse();
    // Penrose conditions A P A = A and P A P = P
    double[][] apa = DenseAlgebra.multiply(DenseAlgebra.multiply(a, p), a);
    double[][] pap = DenseAlgebra.multiply(DenseAlgebra.multiply(p, a), p);
    for (int i = 0; i < a.length; i++)
      for (int j = 0; j < a.length; j++) {
        assertThat(apa[i][j]).isCloseTo(a[i][j], within(1e-9));
        assertThat(pap[i][j]).isCloseTo(p[i][j], within(1e-9));
      }
  }

  @Test
  void smallestEigenvalueBelowPgmmThresholdSwitchesToTheGeneralizedInverse() {
    // positive definite but with eigenvalues around 1e-11: pgmm uses MASS::ginv there, which for a
    // well-conditioned matrix is still the inverse
    double[][] a = randomSpd(10, 40, 1e-11, 3);
    SymmetricInverse.Result r = SymmetricInverse.weighting(a);
    assertThat(r.generalized()).isTrue();
    double[][] prod = DenseAlgebra.multiply(a, r.inverse());
    assertIdentity(prod, 1e-6);
  }

  @Test
  void largestEigenvalueByPowerIteration() {
    double[][] d = {{5, 0, 0}, {0, 2, 0}, {0, 0, 1}};
    assertThat(SymmetricInverse.largestEigenvalue(d)).isCloseTo(5.0, within(1e-8));
  }

  @Test
  void singularNormalMatrixIsAClearError() {
    double[][] a = {{1, 1}, {1, 1}};
    assertThatThrownBy(() -> SymmetricInverse.positiveDefinite(a, "collinear regressors"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("collinear regressors");
  }

  @Test
  void outerProductSumMatchesTheDirectSum() {
    Random r = new Random(4);
    int n = 7;
    OuterProductSum s = new OuterProductSum(n);
    double[][] direct = new double[n][n];
    for (int k = 0; k < 100; k++) { // more than one block, and a partial last block
      double[] g = new double[n];
      for (int i = 0; i < n; i++) g[i] = r.nextInt(3) == 0 ? 0.0 : r.nextGaussian();
      s.add(g);
      for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) direct[i][j] += g[i] * g[j];
    }
    double[][] sum = s.result();
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) assertThat(sum[i][j]).isCloseTo(direct[i][j], within(1e-12));
  }
}
