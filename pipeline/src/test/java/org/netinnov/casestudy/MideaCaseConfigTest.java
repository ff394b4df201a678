package org.netinnov.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netinnov.clean.CleanResult;
import org.netinnov.clean.CleanStage;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.ConfigValidator;
import org.netinnov.config.RunConfig;
import org.netinnov.data.Panel;
import org.netinnov.estimate.ModelResult;
import org.netinnov.estimate.ModelStage;
import org.netinnov.report.sections.CaseStudySection;

/**
 * {@code config/midea-case.yaml} runs what a single case allows: it validates, its case folder loads into the case
 * sheets, its data is the one-firm panel of the paper's figures, and its panel model is reported as not estimable
 * with one firm rather than estimated.
 */
class MideaCaseConfigTest {
  private static final Path BASE = Path.of("");

  @Test
  void configValidatesAndPointsAtTheCaseAndItsPanel() {
    RunConfig cfg = ConfigLoader.load(Path.of("config", "midea-case.yaml"), List.of());
    ConfigValidator.validate(cfg, BASE); // throws ConfigException listing every problem
    assertThat(cfg.name()).isEqualTo("midea-case");
    assertThat(cfg.caseStudy().path()).isEqualTo("datasets/midea");
    assertThat(cfg.caseStudy().firm()).isEqualTo("Midea Group");
    assertThat(cfg.data().path()).isEqualTo("datasets/midea/midea_panel.csv");
    assertThat(CaseStudySection.sheets(CaseStudy.load(BASE.resolve(cfg.caseStudy().path())), cfg.caseStudy().firm()))
        .hasSize(5);
  }

  @Test
  void thePanelModelIsReportedAsNotEstimableWithOneFirm() {
    RunConfig cfg = ConfigLoader.load(Path.of("config", "midea-case.yaml"), List.of());
    CleanResult clean = CleanStage.run(cfg.data(), cfg.clean(), BASE);
    Panel panel = clean.panel();
    assertThat(panel.firms()).isEqualTo(1);
    assertThat(panel.firmLabel(0)).isEqualTo("000333"); // leading zeros kept
    assertThat(panel.rows()).isEqualTo(11);
    assertThat(panel.numeric("patent_applications")).containsSequence(200, 5447);
    List<ModelResult> models = ModelStage.run(panel, cfg.models());
    assertThat(models).hasSize(1);
    ModelResult m = models.get(0);
    assertThat(m.failed()).isTrue();
    assertThat(m.failure()).contains("single firm").contains("at least two firms");
  }
}
