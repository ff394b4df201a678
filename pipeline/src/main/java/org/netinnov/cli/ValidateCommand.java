package org.netinnov.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.netinnov.config.ConfigException;
import org.netinnov.config.ConfigLoader;
import org.netinnov.config.ConfigValidator;
import org.netinnov.config.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Check a config and that every column it names exists in the data, "
    + "without running anything.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONFIG")
  Path config;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a config value (as for run)")
  List<String> set = new ArrayList<>();

  @Override public Integer call() {
    try {
      JsonNode tree = ConfigLoader.readTree(config);
      for (String o : set) ConfigLoader.applyOverride(tree, o);
      RunConfig c = ConfigLoader.bind(tree, config.toString());
      ConfigValidator.validate(c, Path.of("").toAbsolutePath());
      System.out.println("netinnov: " + config + " is valid (" + plural(c.models().size(), "model", "models") + ", "
          + plural(c.indices().size(), "index", "indices") + ")");
      return 0;
    } catch (ConfigException e) {
      System.err.println("netinnov: invalid config " + config + ":");
      for (var p : e.problems()) System.err.println("  " + p);
      return 2;
    }
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
