# Further pgmm figures for the EmplUK reference models: run from this folder with Rscript empluk_gmm_extra_plm.R
source("pgmm_fixture_helpers.R")
d <- read_empluk("empluk.csv")
pd <- pdata.frame(d, index = c("firm", "year"))
out <- list(
  origin = paste("computed with empluk_gmm_extra_plm.R:", version_line()),
  variable_names = "lemp = log(emp), lwage = log(wage), lcap = log(capital), lout = log(output); pgmm names terms after these",
  difference_onestep = pgmm_figures(f_ab, pd, "onestep"),
  difference_twostep = pgmm_figures(f_ab, pd, "twosteps"),
  system_onestep = pgmm_figures(f_bb, pd, "onestep", "ld"),
  system_twostep = pgmm_figures(f_bb, pd, "twosteps", "ld"),
  difference_twostep_collapsed = pgmm_figures(f_ab, pd, "twosteps", collapse = TRUE),
  system_twostep_collapsed = pgmm_figures(f_bb, pd, "twosteps", "ld", collapse = TRUE),
  difference_onestep_individual = pgmm_figures(f_ab, pd, "onestep", effect = "individual"),
  system_onestep_individual = pgmm_figures(f_bb, pd, "onestep", "ld", effect = "individual"),
  ab_full_onestep = pgmm_figures(f_ab_full, pd, "onestep"),
  difference_twostep_lags23 = pgmm_figures(f_ab_lags23, pd, "twosteps"),
  system_onestep_laglimits = pgmm_figures(f_bb_laglimits, pd, "onestep", "ld"),
  system_twostep_laglimits_collapsed = pgmm_figures(f_bb_laglimits, pd, "twosteps", "ld", collapse = TRUE),
  difference_onestep_threepart = pgmm_figures(f_threepart, pd, "onestep"),
  pgmm_min_lag_above_tl1_instruments = ncol(pgmm(f_min_lag_above_tl1, data = pd, effect = "twoways",
                                                 model = "onestep")$W[[1]]))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE), "../empluk_gmm_extra_plm.json")
