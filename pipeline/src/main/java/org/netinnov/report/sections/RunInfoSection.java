package org.netinnov.report.sections;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.netinnov.report.model.Block;
import org.netinnov.report.model.Cell;
import org.netinnov.report.model.Table;

/**
 * The "Run info" sheet, built from the manifest: inputs with their SHA-256, program and library versions, stage
 * timings and row counts, warnings, and the config as run (after {@code --set} overrides).
 */
public final class RunInfoSection {
  private RunInfoSection() {}

  public static List<Block> blocks(JsonNode manifest, String configYaml) {
    List<Block> out = new ArrayList<>();
    List<List<Cell>> inputs = new ArrayList<>();
    manifest.path("inputs").fields().forEachRemaining(e -> inputs.add(List.of(Cell.text(e.getKey()),
        Cell.text(e.getValue().path("path").asText()), Cell.integer(e.getValue().path("bytes").asLong()),
        Cell.text(e.getValue().path("sha256").asText()))));
    out.add(new Block.TableBlock(new Table("run_inputs", "Inputs",
        List.of(List.of(Cell.bold("Input"), Cell.bold("Path"), Cell.bold("Bytes"), Cell.bold("SHA-256"))), inputs,
        List.of(), List.of("Seed: " + manifest.path("seed").asText() + ". Started " + manifest.path("started").asText()
            + "."), false)));
    List<List<Cell>> versions = new ArrayList<>();
    manifest.path("versions").fields().forEachRemaining(e -> versions.add(List.of(Cell.text(e.getKey()),
        Cell.text(e.getValue().asText()))));
    out.add(new Block.TableBlock(new Table("run_versions", "Versions",
        List.of(List.of(Cell.bold("Component"), Cell.bold("Version"))), versions, List.of(), List.of(), false)));
    List<List<Cell>> stages = new ArrayList<>();
    for (JsonNode s : manifest.path("stages")) {
      stages.add(List.of(Cell.text(s.path("stage").asText()), Cell.num(s.path("seconds").asDouble(), 3),
          s.has("rows_in") ? Cell.integer(s.path("rows_in").asLong()) : Cell.blank(),
          s.has("rows_out") ? Cell.integer(s.path("rows_out").asLong()) : Cell.blank()));
    }
    out.add(new Block.TableBlock(new Table("run_stages", "Stages",
        List.of(List.of(Cell.bold("Stage"), Cell.bold("Seconds"), Cell.bold("Rows in"), Cell.bold("Rows out"))),
        stages, List.of(), List.of("Wall time of each stage; the report stage itself is timed in manifest.json."),
        false)));
    List<String> warnings = new ArrayList<>();
    manifest.path("warnings").forEach(w -> warnings.add(w.asText()));
    if (!warnings.isEmpty()) out.add(new Block.TextBlock("Warnings", warnings));
    out.add(new Block.TextBlock("Config as run", List.of(configYaml.split("\n"))));
    return out;
  }
}
