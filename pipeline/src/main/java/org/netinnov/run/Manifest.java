package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json}: what a run was — the config as run (after {@code --set} overrides), SHA-256 of each input
 * file, program and library versions, the seed, and per-stage wall time and row counts — so that a result can be
 * traced to its inputs.
 */
public final class Manifest {
  private Manifest() {}

  public static ObjectNode build(ObjectMapper json, JsonNode configAsRun, Path configFile, Map<String, Path> inputs,
      long seed, RunContext ctx, Instant started, Instant finished) throws IOException {
    ObjectNode m = json.createObjectNode();
    m.put("schema", "netinnov.manifest/1");
    m.put("program", "netinnov " + Versions.program());
    m.put("config_file", configFile.toString());
    m.put("started", started.toString());
    m.put("finished", finished.toString());
    m.put("seed", seed);
    m.set("config", configAsRun);
    ObjectNode in = m.putObject("inputs");
    for (var e : inputs.entrySet()) {
      ObjectNode f = in.putObject(e.getKey());
      f.put("path", e.getValue().toString());
      f.put("bytes", Files.size(e.getValue()));
      f.put("sha256", sha256(e.getValue()));
    }
    ObjectNode v = m.putObject("versions");
    for (var e : Versions.all().entrySet()) v.put(e.getKey(), e.getValue());
    progress(m, ctx, finished);
    return m;
  }

  /**
   * Brings the finish time, the stage timings and the warnings of {@code m} up to date with {@code ctx}, in place
   * (keys keep their positions): the manifest is built once, before the report, and completed after it.
   */
  public static void progress(ObjectNode m, RunContext ctx, Instant finished) {
    m.put("finished", finished.toString());
    ArrayNode stages = m.putArray("stages");
    for (RunContext.StageTiming t : ctx.timings()) {
      ObjectNode s = stages.addObject();
      s.put("stage", t.stage());
      s.put("seconds", Math.round(t.seconds() * 1e4) / 1e4);
      if (t.rowsIn() >= 0) s.put("rows_in", t.rowsIn());
      if (t.rowsOut() >= 0) s.put("rows_out", t.rowsOut());
    }
    ArrayNode w = m.putArray("warnings");
    ctx.warnings().forEach(w::add);
  }

  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) md.update(buf, 0, r);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Versions of the program, the JVM and the libraries that compute or write results. */
  public static final class Versions {
    private Versions() {}

    public static String program() {
      String v = Manifest.class.getPackage().getImplementationVersion();
      return v == null ? "0.1.0" : v;
    }

    public static Map<String, String> all() {
      var m = new LinkedHashMap<String, String>();
      m.put("netinnov", program());
      m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
      m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
      m.put("commons-math3", implVersion(org.apache.commons.math3.util.FastMath.class, "3.6.1"));
      m.put("smile", implVersion(smile.math.MathEx.class, "3.1.1"));
      m.put("tablesaw", implVersion(tech.tablesaw.api.Table.class, "0.44.4"));
      m.put("poi", implVersion(org.apache.poi.ss.usermodel.Workbook.class, "5.5.1"));
      m.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
      return m;
    }

    /** The jar's manifest version where it has one, else the version pinned in pom.xml. */
    private static String implVersion(Class<?> c, String pinned) {
      String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
      return v == null ? pinned : v;
    }
  }
}
