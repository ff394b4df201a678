package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.netinnov.config.ConfigLoader;

/** Applies one {@code --set} override to a config tree. */
final class ConfigLoaderAccess {
  private ConfigLoaderAccess() {}

  static void apply(JsonNode tree, String override) {
    ConfigLoader.applyOverride(tree, override);
  }
}
