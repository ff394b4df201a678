package org.netinnov.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-word flags on a dimension's diagnostics, with the usual thresholds: standardized Cronbach's alpha below
 * 0.6 (Hair et al., Multivariate Data Analysis: 0.6 as the lower limit for exploratory research), KMO below 0.5
 * overall or for an indicator (Kaiser 1974: "unacceptable"), Bartlett's test not rejecting sphericity at 5%, an
 * indicator correlating negatively with the rest (a likely wrong direction), negative PCA loadings, and the
 * year-relative scaling of {@code scope: by_year}.
 */
final class IndexWarnings {
  static final double ALPHA_MIN = 0.6;
  static final double KMO_MIN = 0.5;

  private IndexWarnings() {}

  static List<String> of(IndexSpec spec, Reliability rel, List<double[]> weightSets) {
    List<String> w = new ArrayList<>(rel.problems());
    List<String> names = spec.indicators();
    if (rel.alphaStd() < ALPHA_MIN)
      w.add(f("Cronbach's alpha (standardized) = %.3f < %.1f: the indicators may not measure one construct",
          rel.alphaStd(), ALPHA_MIN));
    if (rel.kmo() < KMO_MIN)
      w.add(f("KMO = %.3f (%s) < %.1f: the indicators share too little common variance for a composite",
          rel.kmo(), rel.kmoLabel(), KMO_MIN));
    for (int j = 0; j < names.size(); j++) {
      if (rel.kmoPerItem()[j] < KMO_MIN)
        w.add(f("KMO of `%s` = %.3f (%s) < %.1f: consider dropping it", names.get(j), rel.kmoPerItem()[j],
            rel.kmoPerItemLabels().get(j), KMO_MIN));
      if (rel.itemRestCorrelation()[j] < 0)
        w.add(f("`%s` correlates negatively with the other indicators (r = %.3f): check its direction%s",
            names.get(j), rel.itemRestCorrelation()[j],
            spec.negative().contains(names.get(j)) ? " (declared negative)" : ""));
    }
    if (rel.bartlett() != null && !(rel.bartlett().pValue() < 0.05))
      w.add(f("Bartlett's test does not reject uncorrelated indicators (chi2 = %.3f, df = %d, p = %.3f)",
          rel.bartlett().chisq(), rel.bartlett().df(), rel.bartlett().pValue()));
    if (spec.methodKind() == IndexMethod.PCA) {
      for (int j = 0; j < names.size(); j++) {
        final int jj = j;
        if (weightSets.stream().anyMatch(v -> v[jj] < 0))
          w.add("`" + names.get(j) + "` loads negatively on the first principal component"
              + (spec.byYear() ? " in some year" : "") + ": a higher value lowers the index");
      }
    }
    if (spec.byYear())
      w.add("scope by_year scales and weights each year separately: the index ranks firms within a year, and its"
          + " year means are not comparable over time");
    return List.copyOf(w);
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
