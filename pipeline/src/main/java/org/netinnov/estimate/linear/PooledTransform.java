package org.netinnov.estimate.linear;

import org.netinnov.estimate.Design;

/** Pooled OLS: the data as they are (with an intercept column when the model has one). */
final class PooledTransform {
  private PooledTransform() {}

  static TransformedRegression of(Design d) {
    int n = d.n(), k = d.k();
    boolean icpt = d.intercept();
    var t = new TransformedRegression();
    t.estimator = "pooled";
    t.y = d.y().clone();
    double[][] cols = new double[k + (icpt ? 1 : 0)][];
    int o = 0;
    if (icpt) {
      cols[0] = new double[n];
      java.util.Arrays.fill(cols[0], 1.0);
      o = 1;
    }
    for (int j = 0; j < k; j++) cols[o + j] = d.x()[j].clone();
    Transforms.setColumns(t, d, icpt, cols);
    t.ssBefore = new double[cols.length];
    java.util.Arrays.fill(t.ssBefore, Double.NaN);
    Transforms.applyWeights(t, d.weights());
    t.firm = d.firm();
    t.year = d.year();
    t.sampleRow = Transforms.identity(n);
    Transforms.attachClusters(t, d, null);
    t.nHc1 = n;
    t.maxTi = Transforms.maxRunLength(d.firm());
    t.nFirms = Transforms.runCount(d.firm());
    t.nYears = Transforms.distinctCount(d.year());
    t.rows = d.rows();
    return t;
  }
}
