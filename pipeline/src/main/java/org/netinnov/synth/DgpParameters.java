package org.netinnov.synth;

/**
 * Every number of the synthetic panel's data-generating process (DGP), in one place.
 *
 * <p>{@code datasets/README.md} ("Synthetic panel") lists the same values as equations; change both
 * together. Notation: {@code N(m, s)} is a normal with mean m and standard deviation s; an AR(1) term
 * {@code x_t = rho x_(t-1) + s e_t} starts from its stationary law {@code N(0, s / sqrt(1 - rho^2))}.
 */
final class DgpParameters {
  private DgpParameters() {}

  // ---- firm entry and sample structure --------------------------------------------------------------
  /** Probability that a firm enters in the first panel year; the rest enter uniformly in the next six years. */
  static final double ENTRY_FIRST_YEAR_PROB = 0.40;
  static final int ENTRY_LATER_YEARS = 6;
  static final double SOE_PROB = 0.30;
  /** Years between founding and listing: uniform integer in [MIN, MAX]. */
  static final int FOUNDING_GAP_MIN = 3;
  static final int FOUNDING_GAP_MAX = 20;

  // ---- size ------------------------------------------------------------------------------------------
  static final double LOG_ASSETS_MEAN = 21.3;
  static final double LOG_ASSETS_SD = 1.0;
  static final double ASSET_GROWTH_MEAN = 0.08;
  static final double ASSET_GROWTH_SD = 0.04;
  static final double ASSET_AR_RHO = 0.7;
  static final double ASSET_AR_SD = 0.08;
  static final double TURNOVER_MEAN = -0.35;
  static final double TURNOVER_SD = 0.30;
  static final double TURNOVER_NOISE_SD = 0.10;

  // ---- international entrepreneurship IE ----------------------------------------------------------
  static final double IE_FIRM_MEAN = -0.5;
  static final double IE_FIRM_EAST_SHIFT = 0.25;
  static final double IE_FIRM_SD = 0.5;
  /** Common "going out" trend per calendar year after 2006. */
  static final double IE_TREND = 0.03;
  static final int BASE_YEAR = 2006;
  /** Size of the internationalisation step: max(0, N(mean, sd)). */
  static final double IE_STEP_MEAN = 1.2;
  static final double IE_STEP_SD = 0.4;
  /** The step phases in linearly over this many years from the internationalisation year tau. */
  static final double IE_RAMP_YEARS = 3.0;
  /** tau is uniform on [firstYear - TAU_BEFORE, lastYear + TAU_AFTER]. */
  static final int TAU_BEFORE = 4;
  static final int TAU_AFTER = 3;
  static final double IE_AR_RHO = 0.7;
  static final double IE_AR_SD = 0.35;

  // ---- networks: N_k = loading_k * IE + firm effect + AR(1) ------------------------------------------
  static final double LOAD_GOVERNMENT = 0.5;
  static final double LOAD_BUSINESS = 0.6;
  static final double LOAD_TECHNOLOGICAL = 0.8;
  static final double NETWORK_FIRM_SD = 0.5;
  static final double GOVERNMENT_SOE_SHIFT = 0.5;
  static final double NETWORK_AR_RHO = 0.6;
  static final double NETWORK_AR_SD = 0.4;
  /** The placebo latent: its own firm effect and AR(1), same scales, independent of everything. */
  static final double PLACEBO_FIRM_SD = 0.5;

  // ---- patents: log mu_t = c + alpha_i + delta_t + e*(logTA_t - 21.5) + sum gamma_k N_k,(t-1) ----------
  static final double PATENT_INTERCEPT = 0.7;
  static final double PATENT_FIRM_SD = 1.0;
  /** Weight of the technological firm effect in the patent firm effect (selection: pooled OLS is biased). */
  static final double PATENT_FIRM_TECH_LOADING = 0.3;
  static final double PATENT_SIZE_ELASTICITY = 0.5;
  static final double PATENT_SIZE_CENTRE = 21.5;
  static final double GAMMA_GOVERNMENT = 0.10;
  static final double GAMMA_BUSINESS = 0.20;
  static final double GAMMA_TECHNOLOGICAL = 0.35;
  /** Direct effect of IE on patents beyond the networks: none (full mediation). */
  static final double GAMMA_IE_DIRECT = 0.0;
  /** Year effect delta_t = YEAR_LINEAR (t-2006) + YEAR_QUADRATIC (t-2006)^2. */
  static final double YEAR_LINEAR = 0.10;
  static final double YEAR_QUADRATIC = -0.003;
  /** Negative binomial shape: Var = mu + mu^2 / shape. */
  static final double PATENT_NB_SHAPE = 5.0;
  /** Invention share: logistic(INVENTION_INTERCEPT + INVENTION_TECH * T_(t-1) + N(0, INVENTION_FIRM_SD) firm effect). */
  static final double INVENTION_INTERCEPT = -0.7;
  static final double INVENTION_TECH = 0.3;
  static final double INVENTION_FIRM_SD = 0.4;

  // ---- market ---------------------------------------------------------------------------------------
  /** Industry market size in BASE_YEAR = weight_j * MARKET_SIZE_PER_WEIGHT * max(1, firms/1500), growing MARKET_GROWTH per year. */
  static final double MARKET_SIZE_PER_WEIGHT = 6.6e12;
  static final double MARKET_REFERENCE_FIRMS = 1500.0;
  static final double MARKET_GROWTH = 0.08;

  // ---- controls -------------------------------------------------------------------------------------
  static final double LEVERAGE_INTERCEPT = -0.25;
  static final double LEVERAGE_SOE = 0.3;
  static final double LEVERAGE_FIRM_SD = 0.5;
  static final double LEVERAGE_NOISE_SD = 0.25;
  static final double ROA_MEAN = 0.045;
  static final double ROA_FIRM_SD = 0.03;
  static final double ROA_NOISE_SD = 0.03;
  static final double ROA_BOUND = 0.5;
  static final double TIE_INTERCEPT = -0.4;
  static final double TIE_LOADING = 0.9;
  static final double TIE_FIRM_SD = 0.6;
  static final double TIE_NOISE_SD = 0.4;
}
