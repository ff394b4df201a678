package org.netinnov.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defaults, validation and YAML binding of {@link IndexSpec}. */
class IndexSpecTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void defaults() {
    IndexSpec s = new IndexSpec("Entropy", List.of("a", "b"), null, null, null, null, null);
    assertThat(s.method()).isEqualTo("entropy");
    assertThat(s.negative()).isEmpty();
    assertThat(s.weights()).isEmpty();
    assertThat(s.scope()).isEqualTo("pooled");
    assertThat(s.missing()).isEqualTo("listwise");
    assertThat(s.minShare()).isEqualTo(1.0);
    assertThat(new IndexSpec("zscore", List.of("a", "b"), null, null, null, "available", null).minShare())
        .isEqualTo(0.5);
    assertThat(IndexSpec.of("pca", List.of("a", "b", "c"), List.of("b")).directions()).containsExactly(1, -1, 1);
  }

  @Test
  void bindsFromYamlWithSnakeCaseKeys() throws Exception {
    IndexSpec s = YAML.readValue("""
        method: weights
        indicators: [subsidy_ratio, political_tie, supplier_top5_share]
        negative: [supplier_top5_share]
        weights: {subsidy_ratio: 2, political_tie: 1, supplier_top5_share: 1}
        scope: by_year
        missing: available
        min_share: 0.6
        """, IndexSpec.class);
    assertThat(s.methodKind()).isEqualTo(IndexMethod.WEIGHTS);
    assertThat(s.indicators()).containsExactly("subsidy_ratio", "political_tie", "supplier_top5_share");
    assertThat(s.weights()).containsEntry("subsidy_ratio", 2.0);
    assertThat(s.byYear()).isTrue();
    assertThat(s.listwise()).isFalse();
    assertThat(s.minShare()).isEqualTo(0.6);

    IndexSpec minimal = YAML.readValue("method: zscore\nindicators: [a, b]\n", IndexSpec.class);
    assertThat(minimal).isEqualTo(IndexSpec.of("zscore", List.of("a", "b"), null));

    assertThatThrownBy(() -> YAML.readValue("method: zscore\nindicators: [a, b]\nminshare: 0.5\n", IndexSpec.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
    // a validation error in the constructor reaches the loader with its message
    assertThatThrownBy(() -> YAML.readValue("method: kmeans\nindicators: [a, b]\n", IndexSpec.class))
        .hasMessageContaining("unknown index method `kmeans`");
  }

  @Test
  void unknownMethodListsTheValidOnes() {
    assertThatThrownBy(() -> IndexSpec.of("factor", List.of("a", "b"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown index method `factor`")
        .hasMessageContaining("entropy, zscore, minmax, pca, weights");
    assertThatThrownBy(() -> IndexSpec.of(null, List.of("a", "b"), null)).hasMessageContaining("`method` is required");
  }

  @Test
  void weightsMustCoverEveryIndicator() {
    assertThatThrownBy(() -> new IndexSpec("weights", List.of("a", "b", "c"), null, Map.of("a", 1.0, "b", 1.0),
        null, null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("misses indicator `c`");
    assertThatThrownBy(() -> new IndexSpec("weights", List.of("a", "b"), null, null, null, null, null))
        .hasMessageContaining("needs a `weights` map");
    assertThatThrownBy(() -> new IndexSpec("weights", List.of("a", "b"), null, Map.of("a", 1.0, "b", 1.0, "z", 1.0),
        null, null, null)).hasMessageContaining("`z`");
    assertThatThrownBy(() -> new IndexSpec("weights", List.of("a", "b"), null, Map.of("a", -1.0, "b", 1.0),
        null, null, null)).hasMessageContaining("weight of `a`");
    assertThatThrownBy(() -> new IndexSpec("weights", List.of("a", "b"), null, Map.of("a", 0.0, "b", 0.0),
        null, null, null)).hasMessageContaining("all zero");
    assertThatThrownBy(() -> new IndexSpec("entropy", List.of("a", "b"), null, Map.of("a", 1.0, "b", 1.0),
        null, null, null)).hasMessageContaining("only used with `method: weights`");
  }

  @Test
  void otherInconsistenciesAreRejected() {
    assertThatThrownBy(() -> IndexSpec.of("zscore", List.of("a"), null)).hasMessageContaining("at least 2 indicators");
    assertThatThrownBy(() -> IndexSpec.of("zscore", List.of("a", "a"), null)).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> IndexSpec.of("zscore", List.of("a", "b"), List.of("c")))
        .hasMessageContaining("negative indicator `c`");
    assertThatThrownBy(() -> new IndexSpec("zscore", List.of("a", "b"), null, null, "yearly", null, null))
        .hasMessageContaining("unknown scope");
    assertThatThrownBy(() -> new IndexSpec("zscore", List.of("a", "b"), null, null, null, "pairwise", null))
        .hasMessageContaining("unknown missing-value rule");
    assertThatThrownBy(() -> new IndexSpec("zscore", List.of("a", "b"), null, null, null, "listwise", 0.5))
        .hasMessageContaining("only with `missing: available`");
    assertThatThrownBy(() -> new IndexSpec("zscore", List.of("a", "b"), null, null, null, "available", 0.0))
        .hasMessageContaining("(0, 1]");
  }
}
