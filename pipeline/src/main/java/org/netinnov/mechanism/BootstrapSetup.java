package org.netinnov.mechanism;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.netinnov.data.Factor;
import org.netinnov.estimate.Design;

/**
 * Everything the bootstrap needs from the common sample, built once: the column of each path variable, the
 * per-firm cross products (when the fast path applies) and the row-level resampler (general path).
 */
final class BootstrapSetup {
  final ReplicateEstimators.Columns rowColumns;
  final ReplicateEstimators.Columns fastColumns;
  /** Null when the fixed effects other than the firm have too many levels for the fast path. */
  final FirmCrossProducts crossProducts;
  final String noFastPath;
  final ResampledDesigns resampler;
  final int nFirms;
  private final Design common;
  private final boolean firmEffect;
  private final int[][] otherCodes;
  private final int[] otherLevels;

  /**
   * @param common        the common sample with every path variable as a column
   * @param fixedEffects  names of {@code common.absorb()} in order
   * @param firmName      the firm column (the cluster that is resampled)
   */
  BootstrapSetup(Design common, List<String> fixedEffects, String firmName, MediationPaths paths) {
    int k = common.k();
    int nm = paths.mediators.size();
    int nc = paths.controls.size();
    int[] med = new int[nm];
    for (int j = 0; j < nm; j++) med[j] = column(common, paths.mediators.get(j));
    int[] aRegs = new int[1 + nc];
    aRegs[0] = column(common, paths.x);
    int[] outRegs = new int[nm + 1 + nc];
    for (int j = 0; j < nm; j++) outRegs[j] = column(common, paths.mediatorsLagged.get(j));
    outRegs[nm] = column(common, paths.xLagged);
    int[] totRegs = new int[1 + nc];
    totRegs[0] = column(common, paths.xLagged);
    for (int c = 0; c < nc; c++) {
      int col = column(common, paths.controls.get(c));
      aRegs[1 + c] = col;
      outRegs[nm + 1 + c] = col;
      totRegs[1 + c] = col;
    }
    rowColumns = new ReplicateEstimators.Columns(med, aRegs, outRegs, totRegs, -1);
    fastColumns = new ReplicateEstimators.Columns(med, aRegs, outRegs, totRegs, k);

    boolean firmEffect = fixedEffects.contains(firmName);
    List<Factor> others = new ArrayList<>();
    for (int f = 0; f < fixedEffects.size(); f++)
      if (!fixedEffects.get(f).equals(firmName)) others.add(common.absorb().get(f));
    int[][] codes = new int[others.size()][];
    int[] levels = new int[others.size()];
    for (int f = 0; f < others.size(); f++) {
      codes[f] = others.get(f).codes();
      levels[f] = others.get(f).levels();
    }
    double[][] cols = Arrays.copyOf(common.x(), k + 1);
    cols[k] = common.y();
    FirmCrossProducts cp = null;
    String why = null;
    try {
      cp = new FirmCrossProducts(cols, common.firm(), common.nFirms(), firmEffect, codes, levels);
    } catch (IllegalArgumentException e) {
      why = e.getMessage();
    }
    crossProducts = cp;
    noFastPath = why;
    resampler = new ResampledDesigns(common, firmEffect, firmName, others);
    nFirms = common.nFirms();
    this.common = common;
    this.firmEffect = firmEffect;
    this.otherCodes = codes;
    this.otherLevels = levels;
  }

  /**
   * The fast path for a Poisson outcome: a paths from the cross products, the outcome equations by the
   * conditional Poisson likelihood ({@link ConditionalPoisson}); needs the firm effect absorbed.
   *
   * @throws IllegalArgumentException when it does not apply (no firm effect, too many other levels, no
   *     convergence on the full sample)
   */
  Supplier<ClusterBootstrap.Replicate> poissonFast() {
    if (crossProducts == null) throw new IllegalArgumentException(noFastPath);
    if (!firmEffect) throw new IllegalArgumentException("the fast Poisson path needs the firm fixed effect");
    ConditionalPoisson out = new ConditionalPoisson(columns(rowColumns.outcomeRegressors()), common.y(),
        common.firm(), common.nFirms(), otherCodes, otherLevels);
    ConditionalPoisson tot = new ConditionalPoisson(columns(rowColumns.totalRegressors()), common.y(),
        common.firm(), common.nFirms(), otherCodes, otherLevels);
    return ReplicateEstimators.poissonFast(crossProducts, fastColumns, out, tot);
  }

  private double[][] columns(int[] regs) {
    double[][] c = new double[regs.length][];
    for (int j = 0; j < regs.length; j++) c[j] = common.x()[regs[j]];
    return c;
  }

  /** The fast path: every path linear, from the cross products. */
  Supplier<ClusterBootstrap.Replicate> fast() {
    if (crossProducts == null) throw new IllegalStateException("no fast path: " + noFastPath);
    return ReplicateEstimators.linearFast(crossProducts, fastColumns);
  }

  /** The general path: outcome equations (and the a paths when the fast path is unavailable) from row designs. */
  Supplier<ClusterBootstrap.Replicate> general(boolean poisson) {
    return ReplicateEstimators.general(resampler, rowColumns, poisson, crossProducts, fastColumns);
  }

  /** The general path for every equation, the a paths included (a cross-check of the fast path). */
  Supplier<ClusterBootstrap.Replicate> generalOnly(boolean poisson) {
    return ReplicateEstimators.general(resampler, rowColumns, poisson, null, null);
  }

  private static int column(Design d, String term) {
    int c = d.terms().indexOf(term);
    if (c < 0) throw new IllegalStateException("term `" + term + "` is not in the common design " + d.terms());
    return c;
  }
}
