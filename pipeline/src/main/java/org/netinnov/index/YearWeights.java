package org.netinnov.index;

/**
 * The weights fitted on one year's firm-years under {@code scope: by_year}.
 *
 * @param year           the year
 * @param n              firm-years of that year that received an index
 * @param weights        weights by indicator (pca: the loadings)
 * @param entropy        entropy of each indicator (method entropy; null otherwise)
 * @param eigenvalue     first eigenvalue (method pca; NaN otherwise)
 * @param explainedShare first eigenvalue / k (method pca; NaN otherwise)
 */
public record YearWeights(int year, int n, double[] weights, double[] entropy, double eigenvalue,
    double explainedShare) {}
