# Reference figures for MediationReferenceTest: a two-mediator panel mediation with a one-year lag,
# two-way fixed effects and firm-clustered (Stata small-sample) standard errors, computed with plm.
suppressMessages({library(plm); library(sandwich); library(jsonlite)})
set.seed(20)
G <- 120; TT <- 7
rows <- list()
for (g in 1:G) {
  mu <- rnorm(1)
  x <- mu + rnorm(TT); w <- rnorm(TT)
  m1 <- 0.5 * x + 0.5 * mu + w + rnorm(TT)
  m2 <- 0.3 * x + 0.5 * mu + rnorm(TT)
  y <- rep(NA_real_, TT)
  for (t in 2:TT) y[t] <- 0.4 * m1[t - 1] + 0.2 * m2[t - 1] + 0.1 * x[t - 1] + 0.3 * w[t] + mu + 0.05 * t + rnorm(1)
  rows[[g]] <- data.frame(firm = sprintf("F%03d", g), year = 2000 + 1:TT, x = x, m1 = m1, m2 = m2, w = w, y = y)
}
d <- do.call(rbind, rows)
d <- d[runif(nrow(d)) > 0.08, ]          # gaps inside series
for (v in c("x", "m1", "m2", "w", "y")) d[[v]] <- ifelse(is.na(d[[v]]), "", sprintf("%.17g", d[[v]]))
write.csv(d, "mediation_panel.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("mediation_panel.csv")      # exactly what the test reads
p <- pdata.frame(d, index = c("firm", "year"))
d$lx <- as.numeric(lag(p$x, 1)); d$lm1 <- as.numeric(lag(p$m1, 1)); d$lm2 <- as.numeric(lag(p$m2, 1))  # by year: gaps give NA
cs <- d[complete.cases(d[, c("x", "m1", "m2", "w", "y", "lx", "lm1", "lm2")]), ]
cs <- pdata.frame(cs, index = c("firm", "year"))
fit <- function(f) plm(f, data = cs, effect = "twoways", model = "within")
V <- function(m) vcovHC(m, method = "arellano", type = "sss", cluster = "group")
a1 <- fit(m1 ~ x + w); a2 <- fit(m2 ~ x + w)
out <- fit(y ~ lm1 + lm2 + lx + w); tot <- fit(y ~ lx + w)
se <- function(m, t) sqrt(V(m)[t, t])
res <- list(source = "R 4.2.2, plm 2.6-2: plm(..., effect='twoways', model='within'), vcovHC(method='arellano', type='sss', cluster='group'); script mediation_plm.R",
  nobs = nrow(cs), firms = length(unique(cs$firm)),
  a = c(coef(a1)["x"], coef(a2)["x"]), se_a = c(se(a1, "x"), se(a2, "x")),
  b = c(coef(out)["lm1"], coef(out)["lm2"]), se_b = c(se(out, "lm1"), se(out, "lm2")),
  direct = coef(out)["lx"], se_direct = se(out, "lx"), total = coef(tot)["lx"], se_total = se(tot, "lx"))
res$sobel_z <- res$a * res$b / sqrt(res$b^2 * res$se_a^2 + res$a^2 * res$se_b^2)
res$aroian_z <- res$a * res$b / sqrt(res$b^2 * res$se_a^2 + res$a^2 * res$se_b^2 + res$se_a^2 * res$se_b^2)
writeLines(toJSON(lapply(res, unname), digits = NA, auto_unbox = TRUE, pretty = TRUE), "mediation_plm.json")
