package org.netinnov.estimate.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/**
 * The estimation sample of a count model: the design checked (outcome a non-negative integer count, regressors
 * finite, at least one positive outcome) and, before estimating, every level of every absorbed factor whose
 * outcome is zero in all its rows dropped, factor after factor until every factor has been checked since the last
 * drop. (Dropped rows all have y = 0, so no other level's total changes and the loop ends after one check per
 * factor plus one confirmation; it is written as a fixed point so that further drop rules, e.g. singletons, can
 * join it.) Such a level's effect is −∞ at the maximum, and its rows carry no
 * information on the slopes; fixest ({@code fixef.rm = "perfect"}) and ppmlhdfe drop them too. Singletons are
 * kept (fixest's default): they fit exactly and add nothing to the slopes' scores.
 */
final class CountSample {
  final double[] y;
  final double[][] x;
  final double[] weights;
  final int[] firm;
  final int nFirms;
  final int nYears;
  final List<Factor> absorb;
  final List<Factor> clusters;
  final int[] rows;
  final int droppedObs;
  final int droppedFirms;
  final List<String> notes;

  private CountSample(double[] y, double[][] x, double[] weights, int[] firm, int nFirms, int nYears,
                      List<Factor> absorb, List<Factor> clusters, int[] rows, int droppedObs, int droppedFirms,
                      List<String> notes) {
    this.y = y;
    this.x = x;
    this.weights = weights;
    this.firm = firm;
    this.nFirms = nFirms;
    this.nYears = nYears;
    this.absorb = absorb;
    this.clusters = clusters;
    this.rows = rows;
    this.droppedObs = droppedObs;
    this.droppedFirms = droppedFirms;
    this.notes = notes;
  }

  int n() { return y.length; }

  static CountSample prepare(Design d, String model) {
    return prepare(d, model, true);
  }

  /** @param parallel whether large column copies and checks may run on the common pool */
  static CountSample prepare(Design d, String model, boolean parallel) {
    int n = d.n();
    if (n == 0) throw new CountModelException(model + ": the estimation sample is empty");
    double[] y = d.y();
    int bad = 0, firstBad = -1;
    boolean positive = false;
    for (int i = 0; i < n; i++) {
      // without a branch per row (the rows are almost always valid); the first bad row is found afterwards
      double v = y[i];
      boolean ok = v >= 0 & v == Math.rint(v) & v != Double.POSITIVE_INFINITY;
      bad += ok ? 0 : 1;
      positive |= ok & v > 0;
    }
    if (bad > 0)
      for (int i = 0; i < n && firstBad < 0; i++) {
        double v = y[i];
        if (!(v >= 0) || v != Math.rint(v) || Double.isInfinite(v)) firstBad = i;
      }
    if (bad > 0)
      throw new CountModelException(model + ": the outcome `" + d.outcome() + "` must be a non-negative integer count; "
          + bad + " row(s) are not (first: " + y[firstBad] + " at row " + firstBad + "). Use a linear model for "
          + "transformed outcomes such as log1p(patents)");
    if (!positive)
      throw new CountModelException(model + ": the outcome `" + d.outcome() + "` is zero in every row; nothing to "
          + "estimate");
    int firstBadColumn = columns(d.k(), n, parallel).filter(j -> !allFinite(d.x()[j])).min().orElse(-1);
    if (firstBadColumn >= 0)
      throw new CountModelException(model + ": regressor `" + d.terms().get(firstBadColumn) + "` has missing or "
          + "infinite values; the design must hold complete rows");
    if (d.weights() != null)
      for (double v : d.weights())
        if (!(v >= 0) || Double.isInfinite(v))
          throw new CountModelException(model + ": weights must be finite and non-negative");
    for (Factor f : d.absorb()) {
      int or = 0;
      for (int c : f.codes()) or |= c;    // the sign bit survives: some code is negative (missing)
      if (or < 0) throw new CountModelException(model + ": fixed effect `" + f.name() + "` is missing in the sample");
    }

    boolean[] keep = new boolean[n];
    java.util.Arrays.fill(keep, true);
    int nFactors = d.absorb().size();
    int[] droppedLevels = new int[nFactors];
    // check factors in turn until every factor has been checked since the last drop (by any factor)
    int sinceDrop = 0;
    for (int q = 0; nFactors > 0 && sinceDrop < nFactors; q = (q + 1) % nFactors) {
      Factor f = d.absorb().get(q);
      int[] codes = f.codes();
      double[] sum = new double[f.levels()];
      boolean[] present = new boolean[f.levels()];
      for (int i = 0; i < n; i++) {
        // without a branch per row: a dropped row adds 0 and leaves `present` as it was
        boolean k = keep[i];
        int c = codes[i];
        sum[c] += k ? y[i] : 0.0;
        present[c] |= k;
      }
      int levels = 0;
      for (int l = 0; l < f.levels(); l++) if (present[l] && sum[l] == 0) levels++;
      if (levels == 0) {
        sinceDrop++;
        continue;
      }
      droppedLevels[q] += levels;
      for (int i = 0; i < n; i++) if (keep[i] && sum[codes[i]] == 0) keep[i] = false;
      sinceDrop = 1;
    }
    int kept = 0;
    for (boolean k : keep) if (k) kept++;
    if (kept == 0)
      throw new CountModelException(model + ": every group of the fixed effects has a zero outcome in all its rows; "
          + "all groups were dropped");
    List<String> notes = new ArrayList<>();
    int droppedObs = n - kept;
    int droppedFirms = 0;
    if (droppedObs == 0) {
      return new CountSample(y, d.x(), d.weights(), d.firm(), d.nFirms(), distinct(d.year()), d.absorb(),
          d.clusters(), d.rows(), 0, 0, notes);
    }
    int[] idx = new int[kept];
    for (int i = 0, m = 0; i < n; i++) if (keep[i]) idx[m++] = i;
    boolean[] firmKept = new boolean[d.nFirms()], firmSeen = new boolean[d.nFirms()];
    for (int i = 0; i < n; i++) {
      int f = d.firm()[i];
      firmSeen[f] = true;
      firmKept[f] |= keep[i];
    }
    int[] firmMap = new int[d.nFirms()];
    int keptFirms = 0;
    for (int f = 0; f < d.nFirms(); f++) {
      if (firmSeen[f] && !firmKept[f]) droppedFirms++;
      firmMap[f] = firmKept[f] ? keptFirms++ : -1;
    }
    // the kept rows of every column and factor: independent copies, run as parallel tasks when large
    int k = d.k(), nk = kept, nf = keptFirms;
    double[] ys = new double[kept];
    double[][] xs = new double[k][];
    int[] firm = new int[kept], year = new int[kept], rows = new int[kept];
    // the firm factor is often both absorbed and the cluster: subset each distinct factor once
    List<Factor> distinctFactors = new ArrayList<>();
    for (Factor f : d.absorb()) if (distinctFactors.stream().noneMatch(g -> g == f)) distinctFactors.add(f);
    for (Factor f : d.clusters()) if (distinctFactors.stream().noneMatch(g -> g == f)) distinctFactors.add(f);
    Factor[] subset = new Factor[distinctFactors.size()];
    int tasks = 2 + k + subset.length;
    java.util.stream.IntStream all = java.util.stream.IntStream.range(0, tasks);
    if (parallel && (long) n * (k + 3) >= 200_000) all = all.parallel();
    all.forEach(task -> {
      if (task == 0) {
        for (int m = 0; m < nk; m++) ys[m] = y[idx[m]];
      } else if (task == 1) {
        for (int m = 0; m < nk; m++) {
          firm[m] = firmMap[d.firm()[idx[m]]];
          year[m] = d.year()[idx[m]];
          rows[m] = d.rows()[idx[m]];
        }
      } else if (task < 2 + k) {
        xs[task - 2] = pick(d.x()[task - 2], idx);
      } else {
        Factor f = distinctFactors.get(task - 2 - k);
        boolean firmCodes = f.levels() == d.nFirms() && (f.codes() == d.firm() || Arrays.equals(f.codes(), d.firm()));
        subset[task - 2 - k] = firmCodes ? firmSubset(f, firmMap, nf, firm) : f.subset(idx);
      }
    });
    List<Factor> absorb = new ArrayList<>();
    for (Factor f : d.absorb()) absorb.add(subset[indexOf(distinctFactors, f)]);
    List<Factor> clusters = new ArrayList<>();
    for (Factor f : d.clusters()) clusters.add(subset[indexOf(distinctFactors, f)]);
    StringBuilder per = new StringBuilder();
    for (int q = 0; q < droppedLevels.length; q++)
      if (droppedLevels[q] > 0)
        per.append(per.length() == 0 ? "" : ", ").append(droppedLevels[q]).append(" level(s) of `")
            .append(d.absorb().get(q).name()).append('`');
    notes.add(droppedObs + " observation(s) dropped because their fixed-effect group has a zero outcome in every row ("
        + per + "; " + droppedFirms + " firm(s) removed entirely); such groups carry no information on the slopes");
    return new CountSample(ys, xs, d.weights() == null ? null : pick(d.weights(), idx), firm, keptFirms, distinct(year),
        List.copyOf(absorb), List.copyOf(clusters), rows, droppedObs, droppedFirms, notes);
  }

  /**
   * {@code f.subset(rows)} for a factor whose codes equal the design's firm codes: the kept firms renumbered in
   * their order ({@code firmMap}) and the new codes already formed ({@code firm}), so only the labels remain.
   */
  private static Factor firmSubset(Factor f, int[] firmMap, int keptFirms, int[] firm) {
    String[] labels = new String[keptFirms];
    for (int c = 0; c < firmMap.length; c++) if (firmMap[c] >= 0) labels[firmMap[c]] = f.labels()[c];
    return new Factor(f.name(), firm, labels);
  }

  private static int indexOf(List<Factor> fs, Factor f) {
    for (int i = 0; i < fs.size(); i++) if (fs.get(i) == f) return i;
    throw new IllegalStateException("factor not listed");
  }

  /** Column indices, on the pool when the data are large (each column's work is independent). */
  private static java.util.stream.IntStream columns(int k, int n, boolean parallel) {
    java.util.stream.IntStream s = java.util.stream.IntStream.range(0, k);
    return parallel && (long) k * n >= 200_000 && k > 1 ? s.parallel() : s;
  }

  private static boolean allFinite(double[] v) {
    boolean ok = true;
    for (double x : v) ok &= Double.isFinite(x);
    return ok;
  }

  private static double[] pick(double[] v, int[] idx) {
    double[] out = new double[idx.length];
    for (int m = 0; m < idx.length; m++) out[m] = v[idx[m]];
    return out;
  }

  /** Distinct values without boxing (years span a small range). */
  private static int distinct(int[] years) {
    if (years.length == 0) return 0;
    int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
    for (int v : years) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if ((long) hi - lo > 10_000_000L) return (int) java.util.Arrays.stream(years).distinct().count();
    boolean[] seen = new boolean[hi - lo + 1];
    int count = 0;
    for (int v : years)
      if (!seen[v - lo]) {
        seen[v - lo] = true;
        count++;
      }
    return count;
  }
}
