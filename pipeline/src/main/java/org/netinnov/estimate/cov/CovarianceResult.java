package org.netinnov.estimate.cov;

/**
 * A covariance matrix, what it is in words, and the degrees of freedom its t statistics should use
 * ({@code +inf}: normal).
 */
public record CovarianceResult(double[][] vcov, String description, double dfInference) {}
