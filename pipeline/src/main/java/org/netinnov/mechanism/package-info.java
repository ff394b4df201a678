/**
 * Mechanism tests of the case study's claim — international entrepreneurship builds government, business and
 * technological networks that raise innovation — on a firm panel:
 *
 * <ul>
 *   <li>{@link org.netinnov.mechanism.MediationAnalysis}: paths a, b, c′, c on one common sample with the same fixed
 *   effects and controls; indirect effects a·b with Sobel/Aroian tests and a cluster (firm) bootstrap with percentile
 *   and bias-corrected intervals, reproducible for a seed whatever the number of threads;</li>
 *   <li>{@link org.netinnov.mechanism.ModerationEffects}: marginal effects of x at low/mean/high z for interaction
 *   terms;</li>
 *   <li>{@link org.netinnov.mechanism.Scorecard}: a verdict per hypothesis with robustness checks;</li>
 *   <li>{@link org.netinnov.mechanism.MechanismTables}: the report tables and charts
 *   ({@code report.json.MechanismJson} writes the results.json sections).</li>
 * </ul>
 *
 * The bootstrap re-estimates every path exactly but cheaply: linear paths from per-firm cross products
 * ({@code FirmCrossProducts}), Poisson outcome equations by Newton on the firm-concentrated likelihood
 * ({@code ConditionalPoisson}); the row-level re-estimation on firm copies ({@code ResampledDesigns}) is the general
 * path and the tests' reference.
 */
package org.netinnov.mechanism;
