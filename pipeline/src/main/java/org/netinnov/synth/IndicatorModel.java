package org.netinnov.synth;

import static org.netinnov.synth.DgpParameters.*;
import static org.netinnov.synth.PanelColumn.*;

/**
 * The measurement model: every observed indicator as a noisy function of its own latent only.
 *
 * <p>Counts are Poisson with a log link, shares logistic in the latent plus normal noise, money amounts
 * are revenue times a lognormal intensity (so they scale with firm size). The equations below are the
 * table "Measurement model" of {@code datasets/README.md}; {@code e} is a fresh N(0, 1) draw per cell.
 * The draws happen in the order of the statements.
 */
final class IndicatorModel {
  private IndicatorModel() {}

  static void measure(Variates v, FirmSimulator f, int y) {
    double ie = f.ie[y];
    double g = f.government[y];
    double b = f.business[y];
    double t = f.technological[y];
    double p = f.placebo[y];
    double revenue = StrictMath.exp(f.logRevenue[y]);

    // international entrepreneurship
    f.set(OVERSEAS_REVENUE_SHARE, y, Variates.logistic(-2.0 + 1.0 * ie + 0.4 * v.normal()));
    f.set(OVERSEAS_SUBSIDIARIES, y, v.poisson(StrictMath.exp(0.3 + 0.6 * ie)));
    f.set(CROSS_BORDER_MA, y, v.poisson(StrictMath.exp(-1.8 + 0.6 * ie)));
    f.set(EXPORT_COUNTRIES, y, v.poisson(StrictMath.exp(2.0 + 0.5 * ie)));

    // government network (revenue is the denominator of the money intensities)
    f.set(GOV_SUBSIDY, y, revenue * StrictMath.exp(-5.2 + 0.45 * g + 0.6 * v.normal()));
    f.set(REVENUE, y, revenue);
    boolean donates = v.uniform() < Variates.logistic(-0.3 + 0.6 * g);
    double donationIntensity = StrictMath.exp(-8.0 + 0.4 * g + 0.8 * v.normal());
    f.set(DONATIONS, y, donates ? revenue * donationIntensity : 0.0);
    double tie = TIE_INTERCEPT + TIE_LOADING * g + f.tieFirm + TIE_NOISE_SD * v.normal();
    f.set(POLITICAL_TIE, y, tie > 0.0 ? 1.0 : 0.0);
    f.set(GOV_PROJECTS, y, v.poisson(StrictMath.exp(-0.2 + 0.6 * g)));

    // business network: a broad supplier network means a LOW top-5 supplier share
    f.set(TOP5_CUSTOMER_SHARE, y, Variates.logistic(-1.1 + 0.35 * b + 0.5 * v.normal()));
    f.set(TOP5_SUPPLIER_SHARE, y, Variates.logistic(-0.8 - 0.35 * b + 0.5 * v.normal()));
    f.set(ALLIANCES, y, v.poisson(StrictMath.exp(-0.3 + 0.6 * b)));
    f.set(ASSOCIATION_MEMBERSHIPS, y, v.poisson(StrictMath.exp(1.1 + 0.3 * b)));

    // technological network
    f.set(UNIVERSITY_COLLAB, y, v.poisson(StrictMath.exp(0.2 + 0.6 * t)));
    f.set(RD_CENTERS_DOMESTIC, y, v.poisson(StrictMath.exp(0.6 + 0.35 * t)));
    f.set(RD_CENTERS_OVERSEAS, y, v.poisson(StrictMath.exp(-1.6 + 0.7 * t)));
    f.set(RD_PERSONNEL_RATIO, y, Variates.logistic(-2.0 + 0.4 * t + 0.3 * v.normal()));
    f.set(RD_SPENDING, y, revenue * StrictMath.exp(-3.7 + 0.4 * t + 0.35 * v.normal()));

    // placebo dimension: driven by the placebo latent only
    f.set(BOARD_MEETINGS, y, v.poisson(StrictMath.exp(2.2 + 0.15 * p)));
    f.set(OFFICE_AREA, y, (double) StrictMath.round(StrictMath.exp(8.5 + 0.5 * p + 0.3 * v.normal())));
    f.set(WEBSITE_LANGUAGES, y, 1 + v.poisson(StrictMath.exp(-0.2 + 0.4 * p)));

    // controls
    f.set(TOTAL_ASSETS, y, StrictMath.exp(f.logAssets[y]));
    f.set(LEVERAGE, y, Variates.logistic(LEVERAGE_INTERCEPT + LEVERAGE_SOE * f.soe + f.leverageFirm
        + LEVERAGE_NOISE_SD * v.normal()));
    double roa = ROA_MEAN + f.roaFirm + ROA_NOISE_SD * v.normal();
    f.set(ROA, y, StrictMath.max(-ROA_BOUND, StrictMath.min(ROA_BOUND, roa)));
  }
}
