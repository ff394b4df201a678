# pgmm on EmplUK with interior firm-years removed (gaps): run from this folder with Rscript empluk_gaps_gmm_plm.R
source("pgmm_fixture_helpers.R")
removed <- c("3:1980", "5:1979", "10:1981", "17:1978", "25:1980", "25:1982", "33:1979", "47:1981",
             "60:1980", "72:1979", "88:1982", "101:1980", "115:1981", "128:1979", "133:1980")
d <- read_empluk("empluk.csv")
gap <- d[!(paste(d$firm, d$year, sep = ":") %in% removed), ]
stopifnot(nrow(gap) == nrow(d) - length(removed))
pd <- pdata.frame(gap, index = c("firm", "year"))

# pgmm follows the calendar year: the same fit with the removed firm-years present but all values missing
holes <- d
holes[paste(d$firm, d$year, sep = ":") %in% removed, c("lemp", "lwage", "lcap", "lout")] <- NA
pdh <- pdata.frame(holes, index = c("firm", "year"))
same <- function(f, ...) isTRUE(all.equal(coef(pgmm(f, data = pd, ...)), coef(pgmm(f, data = pdh, ...)), tolerance = 1e-12))
stopifnot(same(f_ab, effect = "twoways", model = "onestep"),
          same(f_bb, effect = "twoways", model = "onestep", transformation = "ld"))
# and it differs from shifting by row (years renumbered consecutively inside each firm)
byrow <- gap
byrow$year <- ave(byrow$year, byrow$firm, FUN = function(y) min(y) + seq_along(y) - 1)
row_coef <- coef(pgmm(f_ab, data = pdata.frame(byrow, index = c("firm", "year")), effect = "twoways", model = "onestep"))

out <- list(
  origin = paste("computed with empluk_gaps_gmm_plm.R:", version_line()),
  data = "empluk.csv with the firm-years in `removed` deleted (interior gaps); lemp = log(emp), lwage = log(wage), lcap = log(capital), lout = log(output)",
  removed = removed,
  follows_year = "pgmm gives the same coefficients when the removed firm-years are kept with all values missing (checked in the script): lags, differences and instruments follow the calendar year",
  by_row_difference_onestep_lag1 = as.numeric(row_coef["lag(lemp, 1:2)1"]),
  difference_onestep = pgmm_figures(f_ab, pd, "onestep"),
  difference_twostep_collapsed = pgmm_figures(f_ab, pd, "twosteps", collapse = TRUE),
  system_twostep = pgmm_figures(f_bb, pd, "twosteps", "ld"),
  system_onestep_collapsed = pgmm_figures(f_bb, pd, "onestep", "ld", collapse = TRUE))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "../empluk_gaps_gmm_plm.json")
