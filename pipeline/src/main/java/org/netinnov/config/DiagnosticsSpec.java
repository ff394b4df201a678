package org.netinnov.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Settings of the specification tests and descriptive tables ({@code diagnostics:}).
 *
 * <h2>Which tests run for which model</h2>
 * Each model's {@code diagnostics:} key chooses its tests: a list of test keys, {@code [all]} or {@code [none]}.
 * Without it, the default battery of the estimator runs:
 * <ul>
 *   <li><b>within, random, fd</b>: every test below. The tests re-fit pooled OLS, the within model with firm, year,
 *   and firm and year effects, random effects (Swamy–Arora, firm) and first differences of
 *   {@code outcome ~ regressors} — the model's formula without its fixed-effects part, unweighted, with classical
 *   covariances — on the model's own estimation sample (the rows the model used).</li>
 *   <li><b>pooled, between</b>: {@code breusch_pagan}, {@code jarque_bera}, {@code vif}.</li>
 *   <li><b>poisson, negbin, gmm</b>: none (GMM fits carry their own Sargan/Hansen and AR tests); tests listed
 *   explicitly are computed on the linear re-fits as above.</li>
 * </ul>
 * Test keys (R/Stata equivalent; the fit it is computed on):
 * <ul>
 *   <li>{@code hausman}: plm {@code phtest}, within (firm) vs random (firm), classical covariances;</li>
 *   <li>{@code f_individual}, {@code f_time}, {@code f_twoways}: plm {@code pFtest}, within (firm / year / both)
 *   vs pooled;</li>
 *   <li>{@code bp_lm_individual}, {@code honda_individual}, {@code bp_lm_twoways}, {@code honda_twoways}: plm
 *   {@code plmtest} (Breusch–Pagan χ², Honda z), pooled residuals, balanced and unbalanced formulas as plm;</li>
 *   <li>{@code wooldridge_ar1}: plm {@code pwartest}, within (firm) residuals;</li>
 *   <li>{@code wooldridge_fd}: plm {@code pwfdtest}, first-difference residuals;</li>
 *   <li>{@code breusch_godfrey}: plm {@code pbgtest} (χ², order {@code bg_order}), within (firm) model;</li>
 *   <li>{@code pesaran_cd}: plm {@code pcdtest(test = "cd")}, within (firm) residuals;</li>
 *   <li>{@code modified_wald}: Stata {@code xttest3}, within (firm) residuals;</li>
 *   <li>{@code breusch_pagan}: lmtest {@code bptest} (studentized), pooled OLS;</li>
 *   <li>{@code jarque_bera}: Jarque–Bera on the pooled residuals for pooled/between models, on the within (firm)
 *   residuals otherwise;</li>
 *   <li>{@code vif}: variance inflation factors, 1/VIF and mean VIF on the pooled design with an intercept.</li>
 * </ul>
 * A test that does not apply or cannot be computed is reported with the reason, never as an error.
 *
 * @param level     significance level for the decisions (default 0.05)
 * @param hausman   pairs of models to compare, e.g. [[main, main_re]]: Hausman between the two configured models
 *                  (each re-estimated with classical standard errors on its own sample)
 * @param spearman  put Spearman correlations in the upper triangle of the correlation table
 * @param bgOrder   order of the Breusch–Godfrey/Wooldridge test (default 1)
 * @param sample    model whose estimation sample the descriptive statistics and correlations use (default: the
 *                  first within model that was estimated, else the first estimated model)
 * @param variables variables (formula expressions) of the descriptive and correlation tables (default: every
 *                  outcome and regressor of the models, lags of a listed variable left out)
 */
public record DiagnosticsSpec(Double level, List<List<String>> hausman, Boolean spearman,
    @JsonProperty("bg_order") Integer bgOrder, String sample, List<String> variables) {

  public DiagnosticsSpec {
    level = level == null ? 0.05 : level;
    hausman = hausman == null ? List.of() : List.copyOf(hausman);
    spearman = spearman != null && spearman;
    bgOrder = bgOrder == null ? 1 : bgOrder;
    variables = variables == null ? List.of() : List.copyOf(variables);
  }

  public static DiagnosticsSpec defaults() { return new DiagnosticsSpec(null, null, null, null, null, null); }
}
