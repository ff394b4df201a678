package org.netinnov.index;

import java.util.List;

/**
 * What was done to build one dimension's index and how well its indicators hang together.
 *
 * <p>Weights: under {@code scope: pooled}, the one set fitted on all firm-years; under {@code scope: by_year},
 * the unweighted mean of the yearly sets in {@link #byYear()} (a summary for the table; the yearly sets are the
 * ones applied). The same rule holds for {@link #entropy()}, {@link #eigenvalue()} and {@link #explainedShare()}.
 * For zscore and minmax the weights are 1/k; for weights the user's weights divided by their sum; for pca the
 * loadings (unit-norm first eigenvector of the correlation matrix, the coefficients of the z-scores).
 *
 * <p>Arrays are the report's own: do not modify them.
 *
 * @param dimension      the dimension (and index column) name
 * @param method         entropy | zscore | minmax | pca | weights
 * @param scope          pooled | by_year
 * @param missing        listwise | available
 * @param minShare       minimum share of present indicators for an index value (1 under listwise)
 * @param indicators     indicator names
 * @param directions     +1 / −1 per indicator
 * @param weights        weights per indicator (see above)
 * @param entropy        entropy per indicator (method entropy; null otherwise)
 * @param eigenvalue     first eigenvalue (method pca; NaN otherwise)
 * @param explainedShare first eigenvalue / k (method pca; NaN otherwise)
 * @param byYear         yearly weights under {@code scope: by_year}; empty under pooled
 * @param reliability    alpha, KMO, Bartlett and correlations on the complete cases of the direction-adjusted
 *                       raw indicators, pooled over all years
 * @param nUsed          firm-years with an index value
 * @param nMissing       firm-years whose index is missing (too few indicators present)
 * @param years          the panel's years, increasing
 * @param meanByYear     mean index of each year over the firm-years with a value (NaN for a year without any)
 * @param warnings       reliability and factorability flags, in plain words
 */
public record DimensionReport(
    String dimension,
    String method,
    String scope,
    String missing,
    double minShare,
    List<String> indicators,
    int[] directions,
    double[] weights,
    double[] entropy,
    double eigenvalue,
    double explainedShare,
    List<YearWeights> byYear,
    Reliability reliability,
    int nUsed,
    int nMissing,
    int[] years,
    double[] meanByYear,
    List<String> warnings) {

  /** Weight of one indicator (see the class comment for by_year). */
  public double weight(String indicator) {
    int j = indicators.indexOf(indicator);
    if (j < 0) throw new IllegalArgumentException("`" + indicator + "` is not an indicator of `" + dimension + "`");
    return weights[j];
  }
}
