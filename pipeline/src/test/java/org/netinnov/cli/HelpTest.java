package org.netinnov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers {@code --help} with its usage and exit code 0, as a researcher would try first. */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"run", "validate", "generate", "describe", "bench"})
  void subcommandHelpPrintsUsage(String command) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = Main.execute(command, "--help");
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Usage: netinnov " + command);
  }

  /** Warnings reach the console (the log is silent under mvn -q), at most ten of them. */
  @org.junit.jupiter.api.Test
  void runPrintsItsWarnings() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      java.util.List<String> w = new java.util.ArrayList<>();
      for (int i = 1; i <= 12; i++) w.add("warning " + i);
      RunCommand.printWarnings(w);
      RunCommand.printWarnings(java.util.List.of());
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("12 warning(s)", "  warning 10", "... and 2 more").doesNotContain("warning 11");
  }
}
