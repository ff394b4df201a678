# Extra reference figures for the linear panel estimators (netinnov), computed with R, plm, sandwich.
# Run: Rscript linear_extra_r.R > linear_extra_r.json   (from the folder holding grunfeld.csv and empluk.csv)
suppressMessages({library(plm); library(sandwich)})
g <- read.csv("grunfeld.csv"); e <- read.csv("empluk.csv")
num <- function(x) formatC(x, digits = 15, format = "g")
vec <- function(x) paste0("[", paste(num(unname(x)), collapse = ", "), "]")
out <- list()
add <- function(name, fields) out[[name]] <<- fields
# 1. pooled OLS (lm) with two-way clustering by firm and year: each term its own G/(G-1), times (N-1)/(N-K)
m <- lm(inv ~ value + capital, data = g)
add("pooled_twoway_cluster_stata", list(coef = coef(m),
  se = sqrt(diag(vcovCL(m, cluster = ~ firm + year, type = "HC1", cadjust = TRUE, multi0 = FALSE)))))
add("pooled_twoway_cluster_hc0", list(coef = coef(m),
  se = sqrt(diag(vcovCL(m, cluster = ~ firm + year, type = "HC0", cadjust = FALSE, multi0 = FALSE)))))
add("pooled_hc2", list(coef = coef(m), se = sqrt(diag(vcovHC(m, type = "HC2")))))
add("pooled_hc3", list(coef = coef(m), se = sqrt(diag(vcovHC(m, type = "HC3")))))
add("pooled_hc0", list(coef = coef(m), se = sqrt(diag(vcovHC(m, type = "HC0")))))
add("pooled_loglik", list(loglik = as.numeric(logLik(m)), aic = AIC(m), bic = BIC(m),
  f = unname(summary(m)$fstatistic[1])))
# 2. within (firm) HC2/HC3 as plm computes them on the demeaned data
w <- plm(inv ~ value + capital, data = g, index = c("firm", "year"), model = "within")
add("within_hc2", list(coef = coef(w), se = sqrt(diag(vcovHC(w, method = "white1", type = "HC2")))))
add("within_hc3", list(coef = coef(w), se = sqrt(diag(vcovHC(w, method = "white1", type = "HC3")))))
add("within_f", list(f = unname(summary(w)$fstatistic$statistic)))
# within with firm dummies as lm: log-likelihood counts the dummies
wl <- lm(inv ~ value + capital + factor(firm), data = g)
add("within_loglik", list(loglik = as.numeric(logLik(wl)), aic = AIC(wl), bic = BIC(wl)))
# Stata xtreg R-squared definitions for the within fit
b <- coef(w); xb <- as.matrix(g[, c("value", "capital")]) %*% b
ym <- ave(g$inv, g$firm); xm <- ave(xb[, 1], g$firm)
add("within_stata_r2", list(within = cor(g$inv - ym, xb - xm)^2,
  between = cor(tapply(g$inv, g$firm, mean), tapply(xb, g$firm, mean))^2, overall = cor(g$inv, xb)^2))
# 3. weighted: pooled WLS and weighted within (firm dummies), classical SEs
set.seed(7); g$wt <- runif(nrow(g), 0.5, 2)
pw <- lm(inv ~ value + capital, data = g, weights = wt)
add("pooled_weighted", list(coef = coef(pw), se = sqrt(diag(vcov(pw))), r2 = summary(pw)$r.squared))
ww <- lm(inv ~ value + capital + factor(firm), data = g, weights = wt)
add("within_weighted", list(coef = coef(ww)[2:3], se = sqrt(diag(vcov(ww)))[2:3]))
ww2 <- lm(inv ~ value + capital + factor(firm) + factor(year), data = g, weights = wt)
add("twoways_weighted", list(coef = coef(ww2)[2:3], se = sqrt(diag(vcov(ww2)))[2:3]))
cat(paste0("\"weights\": ", vec(g$wt)), file = "weights.txt")
# 4. random effects on the time dimension (balanced Grunfeld, unbalanced EmplUK), models with a positive
#    time variance, and one where the Swamy-Arora time variance is negative (set to 0)
rt <- plm(capital ~ value, data = g, index = c("firm", "year"), model = "random", effect = "time")
add("grunfeld_random_time", list(coef = coef(rt), se = sqrt(diag(vcov(rt))),
  sigma2_idios = rt$ercomp$sigma2[["idios"]], sigma2_time = rt$ercomp$sigma2[["time"]],
  theta = unname(rt$ercomp$theta[1]), r2 = summary(rt)$r.squared[["rsq"]]))
re <- plm(log(output) ~ log(capital), data = e, index = c("firm", "year"), model = "random", effect = "time")
add("empluk_random_time", list(coef = coef(re), se = sqrt(diag(vcov(re))),
  sigma2_idios = re$ercomp$sigma2[["idios"]], sigma2_time = re$ercomp$sigma2[["time"]],
  theta_by_year = tapply(re$ercomp$theta, e$year, function(v) v[1]), r2 = summary(re)$r.squared[["rsq"]]))
r0 <- plm(inv ~ value + capital, data = g, index = c("firm", "year"), model = "random", effect = "time")
add("grunfeld_random_time_zero", list(coef = coef(r0), se = sqrt(diag(vcov(r0))),
  sigma2_idios = r0$ercomp$sigma2[["idios"]], sigma2_time = r0$ercomp$sigma2[["time"]]))
# 5. first differences on grunfeld_gaps as plm does them (row-based: also across gaps), for the record
gg <- read.csv("grunfeld_gaps.csv")
fd <- plm(inv ~ value + capital, data = gg, index = c("firm", "year"), model = "fd")
add("gaps_fd_plm_rowbased", list(nobs = nobs(fd), coef = coef(fd)))
# 6. within with firm + year + (firm-pair "group" x year) effects via lm dummies: three-way exact reference
g$grp <- (g$firm - 1) %/% 2
g3 <- lm(inv ~ value + capital + factor(firm) + factor(year) + factor(paste(grp, year)), data = g)
add("threeway_lm", list(coef = coef(g3)[2:3], se = sqrt(diag(vcov(g3)))[2:3], df = g3$df.residual,
  rank = g3$rank))
# write JSON
cat("{\n  \"source\": \"R ", as.character(getRversion()), ", plm ", as.character(packageVersion("plm")),
    ", sandwich ", as.character(packageVersion("sandwich")), "; script linear_extra_r.R\",\n", sep = "")
items <- character(0)
for (n in names(out)) {
  f <- out[[n]]
  parts <- character(0)
  for (k in names(f)) {
    v <- f[[k]]
    if (length(v) > 1 || !is.null(names(v))) parts <- c(parts, paste0("\"", k, "\": ", vec(v)))
    else parts <- c(parts, paste0("\"", k, "\": ", num(v)))
  }
  items <- c(items, paste0("  \"", n, "\": {", paste(parts, collapse = ", "), "}"))
}
cat(paste(items, collapse = ",\n"), ",\n  ", readLines("weights.txt", warn = FALSE), "\n}\n", sep = "")
