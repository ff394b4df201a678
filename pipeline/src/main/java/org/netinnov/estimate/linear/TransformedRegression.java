package org.netinnov.estimate.linear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OLS problem an estimator reduces to: outcome and candidate regressors after the estimator's transformation
 * (demeaned, differenced, quasi-demeaned, firm means), multiplied by √weight when weighted, with what the
 * covariance estimators and the fit statistics need about each transformed row.
 */
final class TransformedRegression {
  String estimator;
  /** Transformed outcome (×√w). */
  double[] y;
  /** Candidate regressors, intercept (if any) first. */
  double[][] x;
  List<String> names;
  int interceptIndex = -1;
  /** {@code [x, y]'[x, y]} when the transformation formed it on the way (full symmetric), else null. */
  double[][] crossProducts;
  /** Per column: sum of squares before the transformation (weighted, about the mean); NaN = do not check. */
  double[] ssBefore;
  /** Reason given when the transformation wiped a column out. */
  String absorbedReason = "collinear with the fixed effects";
  /** √weights per transformed row, or null. */
  double[] sqrtW;
  /** Firm code (0..) and year of each transformed row (year −1 where undefined). */
  int[] firm;
  int[] year;
  /** Row of the input design behind each transformed row. */
  int[] sampleRow;
  /** Cluster codes per transformed row. */
  List<int[]> clusters = new ArrayList<>();
  List<Integer> clusterLevels = new ArrayList<>();
  List<String> clusterNames = new ArrayList<>();
  boolean timeDimension = true;
  int nHc1;
  int maxTi;
  /**
   * Within fits whose projection demeans by firm in tiles: cross products of the design's {@code [y, x]} demeaned by
   * firm alone, and the firm means {@code [column][firm]} (for Stata's R² without another pass); else null.
   */
  double[][] firmDemeanedCross;
  double[][] firmMeans;
  /** Starts of the firm runs of the design rows (length firms + 1), when the transformation computed them. */
  int[] firmStart;
  /** Effects absorbed by the transformation (counted in the residual degrees of freedom). */
  int absorbed;
  int nFirms;
  int nYears;
  /** Panel rows used. */
  int[] rows;
  Map<String, Double> stats = new LinkedHashMap<>();
  Map<String, double[]> vectors = new LinkedHashMap<>();
  List<String> notes = new ArrayList<>();
  /** Random effects: θ per transformed row, else null. */
  double[] theta;
  /** Random effects: variance components for the Gaussian log-likelihood. */
  double sigma2Idios = Double.NaN;
  double sigma2Effect = Double.NaN;
  /** Random effects: group code of each row and group sizes. */
  int[] reGroup;
  int[] reGroupSize;
  /** Normal (z) inference. */
  boolean normalInference;

  int n() { return y.length; }
}
