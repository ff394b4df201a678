package org.netinnov.diagnose;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of specification tests: stable key (used in configs, results.json and tables), name, reference
 * distribution, null hypothesis and the two possible decisions in words. The statistics themselves are computed by
 * the classes named in each constant's comment.
 */
public enum SpecificationTest {
  /** {@link HausmanTest}: plm {@code phtest}. */
  HAUSMAN("hausman", "Hausman test (fixed vs random effects)", "chi2",
      "random effects are consistent (firm effects uncorrelated with the regressors)",
      "prefer fixed effects", "random effects are consistent"),
  /** {@link EffectsFTest}: plm {@code pFtest}, within (firm) vs pooled. */
  F_INDIVIDUAL("f_individual", "F test for firm effects", "F", "no firm effects (pooled OLS is adequate)",
      "firm effects are significant: prefer fixed effects over pooled OLS", "pooled OLS is adequate"),
  /** {@link EffectsFTest}: within (year) vs pooled. */
  F_TIME("f_time", "F test for year effects", "F", "no year effects",
      "year effects are significant", "year effects are not needed"),
  /** {@link EffectsFTest}: within (firm and year) vs pooled. */
  F_TWOWAYS("f_twoways", "F test for firm and year effects", "F", "no firm and no year effects",
      "firm and year effects are significant: prefer two-way fixed effects over pooled OLS", "pooled OLS is adequate"),
  /** {@link LagrangeMultiplierEffects}: plm {@code plmtest(type = "bp")}. */
  BP_LM_INDIVIDUAL("bp_lm_individual", "Breusch–Pagan LM test for random firm effects", "chi2",
      "no random firm effect (var(u_i) = 0): pooled OLS is adequate",
      "prefer random effects over pooled OLS", "pooled OLS is adequate"),
  /** {@link LagrangeMultiplierEffects}: plm {@code plmtest(type = "honda")}. */
  HONDA_INDIVIDUAL("honda_individual", "Honda LM test for random firm effects", "z",
      "no random firm effect (var(u_i) = 0): pooled OLS is adequate",
      "prefer random effects over pooled OLS", "pooled OLS is adequate"),
  /** {@link LagrangeMultiplierEffects}: plm {@code plmtest(effect = "twoways", type = "bp")}. */
  BP_LM_TWOWAYS("bp_lm_twoways", "Breusch–Pagan LM test for random firm and year effects", "chi2",
      "no random firm and no random year effects: pooled OLS is adequate",
      "random effects are present: prefer a random-effects model over pooled OLS", "pooled OLS is adequate"),
  /** {@link LagrangeMultiplierEffects}: plm {@code plmtest(effect = "twoways", type = "honda")}. */
  HONDA_TWOWAYS("honda_twoways", "Honda LM test for random firm and year effects", "z",
      "no random firm and no random year effects: pooled OLS is adequate",
      "random effects are present: prefer a random-effects model over pooled OLS", "pooled OLS is adequate"),
  /** {@link WooldridgeSerialCorrelation#fixedEffects}: plm {@code pwartest}. */
  WOOLDRIDGE_AR1("wooldridge_ar1", "Wooldridge test for AR(1) errors in FE models", "F",
      "no serial correlation in the idiosyncratic errors",
      "serial correlation: use cluster-robust standard errors", "no evidence of serial correlation"),
  /** {@link WooldridgeSerialCorrelation#firstDifference}: plm {@code pwfdtest(h0 = "fd")}. */
  WOOLDRIDGE_FD("wooldridge_fd", "Wooldridge first-difference test for serial correlation", "F",
      "no serial correlation in the differenced errors (first differences are efficient)",
      "differenced errors are serially correlated: first differences are not efficient",
      "no serial correlation in the differenced errors"),
  /** {@link BreuschGodfreyPanel}: plm {@code pbgtest}, χ² version. */
  BREUSCH_GODFREY("breusch_godfrey", "Breusch–Godfrey/Wooldridge test for serial correlation", "chi2",
      "no serial correlation in the idiosyncratic errors up to the tested order",
      "serial correlation: use cluster-robust standard errors", "no evidence of serial correlation"),
  /** {@link PesaranCd}: plm {@code pcdtest(test = "cd")}. */
  PESARAN_CD("pesaran_cd", "Pesaran CD test for cross-sectional dependence", "z",
      "no cross-sectional dependence in the errors",
      "errors are correlated across firms: consider year effects or Driscoll–Kraay standard errors",
      "no evidence of cross-sectional dependence"),
  /** {@link ModifiedWald}: Stata {@code xttest3}. */
  MODIFIED_WALD("modified_wald", "Modified Wald test for groupwise heteroskedasticity", "chi2",
      "the error variance is the same for every firm",
      "groupwise heteroskedasticity: use robust standard errors", "no evidence of groupwise heteroskedasticity"),
  /** {@link BreuschPagan}: lmtest {@code bptest} (studentized, Koenker). */
  BREUSCH_PAGAN("breusch_pagan", "Breusch–Pagan test for heteroskedasticity (studentized)", "chi2",
      "homoskedastic errors in the pooled regression",
      "heteroskedasticity: use robust standard errors", "no evidence of heteroskedasticity"),
  /** {@link JarqueBera}. */
  JARQUE_BERA("jarque_bera", "Jarque–Bera test for normality of the residuals", "chi2",
      "the residuals are normally distributed",
      "residuals are not normal: inference relies on large-sample approximations",
      "no evidence against normality");

  private final String key;
  private final String title;
  private final String distribution;
  private final String h0;
  private final String reject;
  private final String keep;

  SpecificationTest(String key, String title, String distribution, String h0, String reject, String keep) {
    this.key = key;
    this.title = title;
    this.distribution = distribution;
    this.h0 = h0;
    this.reject = reject;
    this.keep = keep;
  }

  public String key() { return key; }

  public String title() { return title; }

  public String distribution() { return distribution; }

  public String h0() { return h0; }

  /** Every key, in catalogue order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(SpecificationTest::key).toList();
  }

  public static Optional<SpecificationTest> byKey(String key) {
    for (SpecificationTest t : values()) if (t.key.equals(key)) return Optional.of(t);
    return Optional.empty();
  }

  /** The decision at {@code level}: reject H0 when p < level. */
  public String decision(double p, double level) {
    if (Double.isNaN(p)) return "not computed";
    return p < level ? "reject H0: " + reject : "do not reject H0: " + keep;
  }

  /** A computed result; a NaN statistic or p-value turns into "not computed" with {@code note} as the reason. */
  public TestResult result(double statistic, double[] df, double p, double level, String note) {
    if (Double.isNaN(statistic) || Double.isNaN(p))
      return TestResult.notComputed(key, title, distribution, h0,
          note == null ? "the statistic is undefined (NaN) for these data" : note);
    return new TestResult(key, title, statistic, distribution, df, p, h0, decision(p, level), note);
  }

  /** A result that could not be computed, with the reason. */
  public TestResult notComputed(String why) {
    return TestResult.notComputed(key, title, distribution, h0, why);
  }
}
