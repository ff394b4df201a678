/** The speed benchmark of the two-way within estimator ({@link org.netinnov.estimate.bench.LinearBench}). */
package org.netinnov.estimate.bench;
