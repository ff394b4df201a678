/**
 * Linear panel estimators. Entry point: {@link org.netinnov.estimate.linear.LinearPanelModels#fit} (a
 * {@link org.netinnov.estimate.Fit}) or {@link org.netinnov.estimate.linear.LinearPanelModels#fitDetailed} (the fit
 * plus the transformed regression, for diagnostics). Each estimator is a transformation of the design into an OLS
 * problem ({@code PooledTransform}, {@code WithinTransform}, {@code BetweenTransform},
 * {@code RandomEffectsTransform}, {@code FirstDifferenceTransform}); {@code FitAssembler} drops collinear terms,
 * solves, and computes covariance and statistics.
 */
package org.netinnov.estimate.linear;
