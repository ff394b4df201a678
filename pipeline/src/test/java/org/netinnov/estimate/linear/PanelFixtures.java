package org.netinnov.estimate.linear;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.data.Panel;
import org.netinnov.estimate.Design;

/** Test helper: reads the reference CSVs into a {@link Panel} and builds {@link Design}s from it. */
final class PanelFixtures {
  private PanelFixtures() {}

  /** A CSV from the test resources with columns firm, year, then numeric columns (quotes around names allowed). */
  static Panel readCsv(String resource) {
    return org.netinnov.testing.ReferenceCsv.read(resource);
  }

  static double[] log(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[i] = Math.log(v[i]);
    return out;
  }

  /** Builds designs: outcome and named regressor columns over a panel; incomplete rows are dropped. */
  static final class DesignSpec {
    final Panel panel;
    String outcome;
    double[] y;
    final List<String> names = new ArrayList<>();
    final List<double[]> xs = new ArrayList<>();
    boolean intercept = true;
    final List<String> absorb = new ArrayList<>();
    final List<String> clusters = new ArrayList<>();
    final List<java.util.function.Function<Panel, Factor>> extraAbsorb = new ArrayList<>();
    double[] weights;

    DesignSpec(Panel panel) { this.panel = panel; }

    DesignSpec y(String name, double[] v) {
      outcome = name;
      y = v;
      return this;
    }

    DesignSpec x(String name, double[] v) {
      names.add(name);
      xs.add(v);
      return this;
    }

    DesignSpec noIntercept() {
      intercept = false;
      return this;
    }

    DesignSpec absorb(String... f) {
      absorb.addAll(List.of(f));
      return this;
    }

    /** A fixed effect computed from the estimation sample, e.g. an interaction. */
    DesignSpec absorb(java.util.function.Function<Panel, Factor> f) {
      extraAbsorb.add(f);
      return this;
    }

    DesignSpec cluster(String... c) {
      clusters.addAll(List.of(c));
      return this;
    }

    DesignSpec weights(double[] w) {
      weights = w;
      return this;
    }

    Design build() {
      int n = panel.rows();
      int m = 0;
      boolean[] keep = new boolean[n];
      for (int i = 0; i < n; i++) {
        boolean ok = !Double.isNaN(y[i]);
        for (double[] x : xs) ok &= !Double.isNaN(x[i]);
        if (weights != null) ok &= !Double.isNaN(weights[i]);
        keep[i] = ok;
        if (ok) m++;
      }
      int[] idx = new int[m];
      for (int i = 0, r = 0; i < n; i++) if (keep[i]) idx[r++] = i;
      Panel s = panel.select(idx);
      double[][] x = new double[xs.size()][];
      for (int j = 0; j < x.length; j++) x[j] = pick(xs.get(j), idx);
      List<Factor> ab = new ArrayList<>(absorb.stream().map(s::factor).toList());
      for (var f : extraAbsorb) ab.add(f.apply(s));
      List<Factor> cl = clusters.stream().map(s::factor).toList();
      return new Design(outcome, pick(y, idx), List.copyOf(names), x, intercept,
          weights == null ? null : pick(weights, idx), s.firm(), s.firms(), s.year(), ab, cl, idx);
    }

    private static double[] pick(double[] v, int[] idx) {
      double[] out = new double[idx.length];
      for (int r = 0; r < idx.length; r++) out[r] = v[idx[r]];
      return out;
    }
  }

  static DesignSpec over(Panel p) { return new DesignSpec(p); }

  /** Grunfeld {@code inv ~ value + capital}. */
  static DesignSpec grunfeld(Panel p) {
    return over(p).y("inv", p.numeric("inv")).x("value", p.numeric("value")).x("capital", p.numeric("capital"));
  }

  /** EmplUK {@code log(emp) ~ log(wage) + log(capital) + log(output)}. */
  static DesignSpec empluk(Panel p) {
    return over(p).y("log(emp)", log(p.numeric("emp"))).x("log(wage)", log(p.numeric("wage")))
        .x("log(capital)", log(p.numeric("capital"))).x("log(output)", log(p.numeric("output")));
  }
}
