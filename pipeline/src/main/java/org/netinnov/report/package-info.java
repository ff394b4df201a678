/**
 * Report builders and writers. Statistics code produces {@link org.netinnov.report.model} objects; this package turns
 * fits into tables and renders a {@link org.netinnov.report.model.Report} into files.
 *
 * <ul>
 *   <li>{@link org.netinnov.report.RegressionTable}: fits side by side (esttab/stargazer layout).</li>
 *   <li>{@link org.netinnov.report.ModelDetails}: every coefficient and statistic at full precision.</li>
 *   <li>{@link org.netinnov.report.ExcelWriter}: the .xlsx workbook (Contents sheet, journal-style tables, native
 *   charts, streamed panel).</li>
 *   <li>{@link org.netinnov.report.CsvTables}, {@link org.netinnov.report.LatexTables},
 *   {@link org.netinnov.report.PngCharts}, {@link org.netinnov.report.MarkdownSummary}: companion files.</li>
 * </ul>
 * Every writer writes only below the path it is given, so a runner can write into a temporary folder and move it.
 */
package org.netinnov.report;
