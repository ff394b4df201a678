package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/**
 * The general bootstrap path: the row-level design of a path equation on a sample of firm copies, for estimators
 * that need the rows (the Poisson outcome equations) or fixed effects with too many levels for
 * {@link FirmCrossProducts}. Copy k of firm g gets its own firm code, so an absorbed firm effect is estimated per
 * copy; the other fixed effects keep their levels.
 */
final class ResampledDesigns {
  private final Design common;
  private final int[] start;
  private final boolean firmEffect;
  private final String firmName;
  private final List<Factor> others;

  /**
   * @param common     the common sample (rows sorted by firm then year)
   * @param firmEffect whether the firm effect is absorbed
   * @param firmName   its name
   * @param others     the other absorbed factors on the common sample
   */
  ResampledDesigns(Design common, boolean firmEffect, String firmName, List<Factor> others) {
    this.common = common;
    this.firmEffect = firmEffect;
    this.firmName = firmName;
    this.others = List.copyOf(others);
    int[] firm = common.firm();
    start = new int[common.nFirms() + 1];
    for (int f : firm) start[f + 1]++;
    for (int g = 0; g < common.nFirms(); g++) start[g + 1] += start[g];
  }

  /** The rows of one bootstrap sample: common-sample row of each, its firm copy and year, and absorbed factors. */
  record Sample(int[] rows, int[] copy, int copies, int[] year, List<Factor> absorb) {}

  Sample sample(int[] counts) {
    int n = 0, copies = 0;
    for (int g = 0; g < counts.length; g++) {
      n += counts[g] * (start[g + 1] - start[g]);
      copies += counts[g];
    }
    int[] rows = new int[n], copy = new int[n], year = new int[n];
    int i = 0, c = 0;
    for (int g = 0; g < counts.length; g++)
      for (int k = 0; k < counts[g]; k++, c++)
        for (int r = start[g]; r < start[g + 1]; r++, i++) {
          rows[i] = r;
          copy[i] = c;
          year[i] = common.year()[r];
        }
    List<Factor> absorb = new ArrayList<>();
    if (firmEffect) {
      String[] labels = new String[copies];
      for (int k = 0; k < copies; k++) labels[k] = "copy" + k;
      absorb.add(new Factor(firmName, copy, labels));
    }
    for (Factor f : others) absorb.add(f.subset(rows));
    return new Sample(rows, copy, copies, year, absorb);
  }

  /**
   * The design of one equation on the sample.
   *
   * @param dep   column of the dependent variable (a common-design regressor index, or {@code -1} for its outcome)
   * @param regs  regressor columns (common-design indices)
   */
  Design design(Sample s, int dep, int[] regs) {
    int n = s.rows().length;
    double[] y = gather(dep < 0 ? common.y() : common.x()[dep], s.rows());
    double[][] x = new double[regs.length][];
    List<String> names = new ArrayList<>();
    for (int j = 0; j < regs.length; j++) {
      x[j] = gather(common.x()[regs[j]], s.rows());
      names.add(common.terms().get(regs[j]));
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    String outcome = dep < 0 ? common.outcome() : common.terms().get(dep);
    return new Design(outcome, y, List.copyOf(names), x, s.absorb().isEmpty(), null, s.copy(), s.copies(), s.year(),
        s.absorb(), List.of(), idx);
  }

  private static double[] gather(double[] v, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) out[i] = v[rows[i]];
    return out;
  }
}
