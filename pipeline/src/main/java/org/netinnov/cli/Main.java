package org.netinnov.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code netinnov} command line. Without arguments it runs {@code config/default.yaml}, which is what
 * {@code mvn -q compile exec:java} does.
 *
 * <p>Exit codes: 0 success; 1 completed but some models failed (the report lists them); 2 invalid config or input
 * (nothing written); 3 an internal error (a bug: please report it with the printed trace).
 */
@Command(name = "netinnov", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "Tests how international entrepreneurship builds government, business and technological networks "
        + "that raise firm innovation, on multi-firm panels.",
    subcommands = {RunCommand.class, ValidateCommand.class, GenerateCommand.class, DescribeCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    String[] a = args.length == 0 ? new String[] {"run", "config/default.yaml"} : args;
    int code = execute(a);
    System.exit(code);
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("internal error: " + ex);
      ex.printStackTrace(cmd.getErr());
      return 3;
    });
    return cl.execute(args);
  }

  @Override public void run() {
    new CommandLine(this).usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
      return new String[] {"netinnov " + org.netinnov.run.Manifest.Versions.program()};
    }
  }
}
