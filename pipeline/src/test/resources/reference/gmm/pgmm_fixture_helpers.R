# Helpers shared by the fixture scripts: run a pgmm model and collect the figures the Java tests compare.
suppressMessages({ library(plm); library(jsonlite) })

xtabond2_sargan <- function(m1) {
  # xtabond2's non-robust Sargan from a one-step pgmm fit: z'(sum W'HW)^-1 z / sigma2,
  # sigma2 = sum(differenced residuals^2) / (2 n), n = differenced obs (d) or levels obs (ld)
  W <- m1$W; u <- m1$residuals
  R <- nrow(W[[1]])
  ld <- m1$args$transformation == "ld"
  H <- if (ld) plm:::FSM((R + 1) / 2, "full") else tcrossprod(diff(diag(1, R + 1)))
  nd <- if (ld) (R - 1) / 2 else R
  z <- Reduce("+", mapply(crossprod, W, u, SIMPLIFY = FALSE))
  S <- Reduce("+", lapply(W, function(w) t(w) %*% H %*% w))
  ud <- unlist(lapply(u, function(x) x[seq_len(nd)]))
  n <- if (ld) sum(unlist(lapply(u, function(x) x[-seq_len(nd)])) != 0) else sum(ud != 0)
  as.numeric(t(z) %*% solve(S) %*% z) / (sum(ud^2) / (2 * n))
}

pgmm_figures <- function(formula, data, model, transformation = "d", collapse = FALSE, effect = "twoways") {
  m <- pgmm(formula, data = data, effect = effect, model = model, transformation = transformation,
            collapse = collapse)
  m1 <- if (model == "onestep") m else
    pgmm(formula, data = data, effect = effect, model = "onestep", transformation = transformation, collapse = collapse)
  m2 <- if (model == "twosteps") m else
    pgmm(formula, data = data, effect = effect, model = "twosteps", transformation = transformation, collapse = collapse)
  s <- summary(m, robust = TRUE, time.dummies = TRUE)
  cf <- s$coefficients
  coefs <- lapply(seq_len(nrow(cf)), function(i) list(estimate = cf[i, 1], se = cf[i, 2]))
  names(coefs) <- rownames(cf)
  sg <- sargan(m)
  Wsum <- Reduce("+", lapply(m$W, abs))
  test <- function(t) list(statistic = as.numeric(t$statistic), p_value = as.numeric(t$p.value))
  out <- list(
    model = model, transformation = transformation, collapse = collapse, effect = effect,
    coefficients = coefs,
    nobs = nobs(m),
    n_instruments = ncol(m$W[[1]]),
    zero_instrument_columns = sum(colSums(Wsum) == 0),
    sargan = list(statistic = as.numeric(sg$statistic), df = as.numeric(sg$parameter), p_value = sg$p.value),
    hansen = as.numeric(sargan(m2)$statistic),
    sargan_onestep_xtabond2 = xtabond2_sargan(m1),
    ar1 = test(mtest(m, 1)), ar2 = test(mtest(m, 2)),
    ar1_robust = test(s$m1), ar2_robust = test(s$m2),
    wald_coef = as.numeric(s$wald.coef$statistic))
  if (effect == "twoways") out$wald_time <- as.numeric(s$wald.td$statistic)
  out
}

version_line <- function() paste0(R.version.string, ", plm ", packageVersion("plm"))

read_empluk <- function(path) {
  d <- read.csv(path)
  d$lemp <- log(d$emp); d$lwage <- log(d$wage); d$lcap <- log(d$capital); d$lout <- log(d$output)
  d
}

f_ab <- lemp ~ lag(lemp, 1:2) + lag(lwage, 0:1) + lcap + lag(lout, 0:1) | lag(lemp, 2:99)
f_ab_full <- lemp ~ lag(lemp, 1:2) + lag(lwage, 0:1) + lag(lcap, 0:2) + lag(lout, 0:2) | lag(lemp, 2:99)
f_bb <- lemp ~ lag(lemp, 1) + lag(lwage, 0:1) + lag(lcap, 0:1) | lag(lemp, 2:99) + lag(lwage, 2:99) + lag(lcap, 2:99)
f_ab_lags23 <- lemp ~ lag(lemp, 1:2) + lag(lwage, 0:1) + lcap + lag(lout, 0:1) | lag(lemp, 2:3)
f_bb_laglimits <- lemp ~ lag(lemp, 1) + lag(lwage, 0:1) + lag(lcap, 0:1) | lag(lemp, 2:4) + lag(lwage, 2:3) + lag(lcap, 2:5)
# three-part formula: explicit standard instruments, one of them (lout) not a regressor
f_threepart <- lemp ~ lag(lemp, 1:2) + lwage + lcap | lag(lemp, 2:99) | lwage + lcap + lout
# a GMM instrument whose minimum lag (3) exceeds TL1 (2): pgmm adds x[1] to the first differenced row
f_min_lag_above_tl1 <- lemp ~ lag(lemp, 1) + lwage | lag(lemp, 2:99) + lag(lwage, 3:99)
