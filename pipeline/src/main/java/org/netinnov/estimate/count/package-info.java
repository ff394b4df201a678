/**
 * Count models of innovation outcomes (patent counts): Poisson with absorbed fixed effects and pooled negative
 * binomial (NB2). Entry points: {@link org.netinnov.estimate.count.CountModels}.
 *
 * <p>Layout:
 * <ul>
 *   <li>{@code CountSample} — checks of the outcome and removal of all-zero fixed-effect groups;</li>
 *   <li>{@code OneWayPoissonIrls} — the fast path: IRLS with one factor absorbed exactly and the others as a dummy
 *       block, one fused pass over the data per iteration;</li>
 *   <li>{@code PoissonIrls} with an {@code AbsorbedWls} ({@code PooledWls}, {@code ProjectionAbsorptionWls}) — the
 *       general IRLS for the pooled model and for many-level multi-way effects (alternating projections);</li>
 *   <li>{@link org.netinnov.estimate.count.WeightedDemeaner} — weighted fixed-effects demeaning (exact one-way,
 *       alternating projections for several factors). It depends on nothing in this package and is meant to be
 *       shared with (or replaced by) the linear estimators' demeaner;</li>
 *   <li>{@code NegativeBinomial2} — Newton ML in (β, ln α);</li>
 *   <li>{@code CountCovariance} — classical, robust and (two-way) clustered sandwich for ML estimators.</li>
 * </ul>
 * {@link org.netinnov.estimate.count.PoissonBench} times the Poisson fixed-effects fit.
 */
package org.netinnov.estimate.count;
