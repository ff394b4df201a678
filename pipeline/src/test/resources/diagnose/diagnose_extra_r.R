# Extra reference figures for the netinnov diagnostics (tests not in grunfeld_plm.json / empluk_plm.json),
# computed with R 4.2.2, plm 2.6-2, lmtest 0.9-40, tseries.
# Run from pipeline/src/test/resources/diagnose:  Rscript diagnose_extra_r.R > diagnose_extra_r.json
suppressMessages({library(plm); library(lmtest); library(tseries)})
num <- function(x) formatC(x, digits = 16, format = "g")
one <- function(h) paste0('{"statistic": ', num(unname(h$statistic)), ', "df": [',
  paste(num(unname(if (is.null(h$parameter)) numeric(0) else h$parameter)), collapse = ", "),
  '], "p_value": ', num(h$p.value), '}')
# Greene's modified Wald statistic written out in R (independent of the Java code)
mwald <- function(e, id) {
  s2i <- tapply(e^2, id, mean); Ti <- tapply(e, id, length)
  Vi <- tapply(e^2, id, function(z) sum((z - mean(z))^2)) / (Ti * (Ti - 1))
  ok <- Ti > 1 & Vi > 0
  W <- sum(((s2i - mean(e^2))^2 / Vi)[ok])
  list(statistic = W, parameter = sum(ok), p.value = pchisq(W, sum(ok), lower.tail = FALSE))
}
# tseries::jarque.bera.test computes its p-value as 1 - pchisq(), which rounds small p-values to 0: recompute the
# upper tail directly
jb <- function(e) { h <- jarque.bera.test(e); h$p.value <- pchisq(h$statistic, h$parameter, lower.tail = FALSE); h }
run <- function(name, data, fm, gaps = FALSE) {
  pd <- pdata.frame(data, index = c("firm", "year"))
  pool <- plm(fm, data = pd, model = "pooling")
  w <- plm(fm, data = pd, model = "within")
  wt <- plm(fm, data = pd, model = "within", effect = "time")
  w2 <- plm(fm, data = pd, model = "within", effect = "twoways")
  re <- plm(fm, data = pd, model = "random")
  res <- list(
    hausman = phtest(w, re),
    f_individual = pFtest(w, pool),
    f_time = pFtest(wt, pool),
    f_twoways = pFtest(w2, pool),
    bp_lm_individual = plmtest(pool, effect = "individual", type = "bp"),
    honda_individual = plmtest(pool, effect = "individual", type = "honda"),
    bp_lm_twoways = plmtest(pool, effect = "twoways", type = "bp"),
    honda_twoways = plmtest(pool, effect = "twoways", type = "honda"),
    breusch_godfrey_order2 = pbgtest(w, order = 2),
    pesaran_cd = suppressWarnings(pcdtest(w)),
    breusch_pagan = bptest(pool),
    jarque_bera_within = jb(as.numeric(residuals(w))),
    jarque_bera_pooled = jb(as.numeric(residuals(pool))),
    modified_wald = mwald(as.numeric(residuals(w)), index(w)[[1]]))
  if (!gaps) {
    fd <- plm(fm, data = pd, model = "fd")
    res$wooldridge_ar1 <- pwartest(w)
    res$wooldridge_fd <- pwfdtest(fd)
  }
  paste0('"', name, '": {', paste0('"', names(res), '": ', sapply(res, one), collapse = ", "), '}')
}
g <- read.csv("../reference/grunfeld.csv"); e <- read.csv("../reference/empluk.csv")
gg <- read.csv("../reference/grunfeld_gaps.csv")
cat('{\n"source": "R 4.2.2, plm 2.6-2, lmtest 0.9-40, tseries; script diagnose_extra_r.R (modified_wald: Greene formula written out in R)",\n')
cat(run("grunfeld", g, inv ~ value + capital), ",\n")
cat(run("empluk", e, log(emp) ~ log(wage) + log(capital) + log(output)), ",\n")
cat(run("grunfeld_gaps", gg, inv ~ value + capital, gaps = TRUE), "\n}\n")
