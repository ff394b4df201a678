/**
 * Absorbing categorical fixed effects: {@link org.netinnov.estimate.fe.FixedEffectsProjector} (group demeaning,
 * exact Frisch–Waugh–Lovell projection on small factors, accelerated alternating projections) and the count of
 * identified effects.
 */
package org.netinnov.estimate.fe;
