package org.netinnov.estimate.fe;

/**
 * Projection off several sets of fixed effects by alternating projections (method of alternating projections,
 * von Neumann–Halperin; Guimarães and Portugal 2010; Gaure 2013, lfe), one sweep demeaning by every factor in turn,
 * accelerated as fixest does with the Irons–Tuck (1969) extrapolation every two sweeps.
 *
 * <p>Stops when a sweep changes the column by at most {@code tol · ‖x₀‖₂} (Euclidean norm), or after
 * {@code maxSweeps} sweeps; {@link #project} returns the sweeps used, negative when it did not converge.
 */
final class AlternatingProjections {
  private final Grouping[] groups;
  private final double tol;
  private final int maxSweeps;

  AlternatingProjections(Grouping[] groups, double tol, int maxSweeps) {
    this.groups = groups;
    this.tol = tol;
    this.maxSweeps = maxSweeps;
  }

  private void sweep(double[] x) {
    for (Grouping g : groups) g.demean(x);
  }

  /** Projects {@code x} in place; returns the number of sweeps, or minus that number when not converged. */
  int project(double[] x) {
    int n = x.length;
    double norm0 = 0;
    for (double v : x) norm0 += v * v;
    norm0 = Math.sqrt(norm0);
    if (norm0 == 0) return 0;
    double limit = tol * norm0;
    double[] gx = new double[n];
    double[] ggx = new double[n];
    int sweeps = 0;
    while (sweeps < maxSweeps) {
      System.arraycopy(x, 0, gx, 0, n);
      sweep(gx);
      System.arraycopy(gx, 0, ggx, 0, n);
      sweep(ggx);
      sweeps += 2;
      double num = 0, den = 0, change = 0;
      for (int i = 0; i < n; i++) {
        double dgx = ggx[i] - gx[i];
        double d2 = dgx - (gx[i] - x[i]);
        num += dgx * d2;
        den += d2 * d2;
        change += dgx * dgx;
      }
      if (Math.sqrt(change) <= limit || den == 0) {
        System.arraycopy(ggx, 0, x, 0, n);
        return sweeps;
      }
      double coef = num / den;
      for (int i = 0; i < n; i++) x[i] = ggx[i] - coef * (ggx[i] - gx[i]);
    }
    return -sweeps;
  }
}
