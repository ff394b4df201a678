/**
 * Covariance estimators of linear regressions on transformed panel data: classical, HC0–HC3, one- and two-way
 * cluster-robust, Driscoll–Kraay; {@link org.netinnov.estimate.cov.CovarianceEstimators} dispatches on a
 * {@link org.netinnov.estimate.CovarianceSpec}.
 */
package org.netinnov.estimate.cov;
