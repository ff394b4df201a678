# Cross-check figures for org.netinnov.estimate.count (NB2 and pooled Poisson).
# Run from this folder: Rscript count_nb2_glmnb.R   (writes count_nb2_panel.csv and count_nb2_glmnb.json)
# Not needed by the tests; kept so that the figures can be regenerated.
suppressPackageStartupMessages({ library(MASS); library(sandwich); library(numDeriv); library(jsonlite) })
set.seed(20240611)
firms <- 1:150; years <- 2015:2020
ind <- sample(c("A", "B", "C", "D"), length(firms), replace = TRUE)
d <- expand.grid(year = years, firm = firms)[, c("firm", "year")]
d <- d[runif(nrow(d)) > 0.08, ]                                  # unbalanced: ~8% firm-years missing
d$industry <- ind[d$firm]
fe <- rnorm(length(firms), 0, 0.4)
d$x1 <- round(rnorm(nrow(d)), 4)
d$x2 <- round(fe[d$firm] + rnorm(nrow(d), 0, 0.7), 4)
eta <- 0.4 + 0.5 * d$x1 - 0.3 * d$x2 + 0.05 * (d$year - 2015) + c(A = 0, B = 0.3, C = -0.2, D = 0.1)[d$industry]
d$y <- rnbinom(nrow(d), size = 1 / 0.7, mu = exp(eta))
write.csv(d, "count_nb2_panel.csv", row.names = FALSE)

f <- y ~ x1 + x2 + factor(year) + factor(industry)
nb <- glm.nb(f, data = d, control = glm.control(epsilon = 1e-13, maxit = 200))
X <- model.matrix(nb); y <- d$y
# log-likelihood in (beta, log alpha) with R's own dnbinom (independent of the Java formulas)
llobs <- function(p) { b <- p[seq_len(ncol(X))]; a <- exp(p[ncol(X) + 1]); dnbinom(y, size = 1 / a, mu = exp(drop(X %*% b)), log = TRUE) }
p <- c(coef(nb), log(1 / nb$theta))
H <- hessian(function(p) sum(llobs(p)), p)                       # numerical (Richardson) observed Hessian
S <- jacobian(llobs, p)                                         # numerical per-observation scores
Vc <- solve(-H)
B <- Vc; Vh0 <- B %*% crossprod(S) %*% B
Sg <- rowsum(S, d$firm); G <- nrow(Sg); Vcl <- B %*% crossprod(Sg) %*% B * G / (G - 1)
k <- ncol(X); a <- exp(p[k + 1])
se_alpha <- function(V) a * sqrt(V[k + 1, k + 1])
nb0 <- glm.nb(y ~ 1, data = d, control = glm.control(epsilon = 1e-13, maxit = 200))
po <- glm(f, family = poisson, data = d, control = glm.control(epsilon = 1e-13, maxit = 200))
out <- list(
  origin = paste("computed by the count-models helper with", R.version.string, "MASS", as.character(packageVersion("MASS")),
                 "sandwich", as.character(packageVersion("sandwich")), "numDeriv", as.character(packageVersion("numDeriv")),
                 "from count_nb2_glmnb.R on count_nb2_panel.csv"),
  formula = "y ~ x1 + x2 + factor(year) + factor(industry); NB2 by MASS::glm.nb (theta = 1/alpha)",
  se_note = paste("se_classical: inverse of the numerical observed Hessian of the joint log-likelihood in (beta, log alpha),",
                  "as Stata nbreg; se_glmnb: summary(glm.nb) (expected information for beta given theta);",
                  "se_hc0: sandwich with numerical per-observation scores, no factor; se_cluster_g: clustered by firm, HC0 * G/(G-1)"),
  nobs = nrow(d), n_clusters = G,
  terms = colnames(X),
  coef = unname(coef(nb)),
  se_classical = unname(sqrt(diag(Vc))[1:k]),
  se_glmnb = unname(sqrt(diag(vcov(nb)))),
  se_hc0 = unname(sqrt(diag(Vh0))[1:k]),
  se_cluster_g = unname(sqrt(diag(Vcl))[1:k]),
  theta = nb$theta, se_theta_glmnb = nb$SE.theta,
  alpha = a, alpha_se_classical = se_alpha(Vc), alpha_se_hc0 = se_alpha(Vh0), alpha_se_cluster_g = se_alpha(Vcl),
  loglik = as.numeric(logLik(nb)), loglik_null = as.numeric(logLik(nb0)),
  poisson = list(
    coef = unname(coef(po)),
    se_classical = unname(sqrt(diag(vcov(po)))),
    se_hc0 = unname(sqrt(diag(sandwich(po)))),
    se_hc1_n_over_n_minus_1 = unname(sqrt(diag(sandwich(po)) * nrow(d) / (nrow(d) - 1))),
    se_cluster_g = unname(sqrt(diag(vcovCL(po, cluster = ~firm, type = "HC0", cadjust = TRUE)))),
    se_cluster_none = unname(sqrt(diag(vcovCL(po, cluster = ~firm, type = "HC0", cadjust = FALSE)))),
    se_cluster_firm_year_none = unname(sqrt(diag(vcovCL(po, cluster = ~firm + year, type = "HC0", cadjust = FALSE)))),
    loglik = as.numeric(logLik(po)), deviance = deviance(po),
    loglik_null = as.numeric(logLik(glm(y ~ 1, family = poisson, data = d))))
)
writeLines(toJSON(out, digits = NA, pretty = TRUE, auto_unbox = TRUE), "count_nb2_glmnb.json")
