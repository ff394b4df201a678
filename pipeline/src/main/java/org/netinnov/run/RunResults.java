package org.netinnov.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.netinnov.clean.CleanResult;
import org.netinnov.config.RunConfig;
import org.netinnov.estimate.ModelResult;

/**
 * Everything a run computed, handed from the stages to the writers. Sections the config does not ask for are
 * null or empty.
 */
public record RunResults(
    RunConfig config,
    JsonNode configAsRun,
    CleanResult clean,
    List<ModelResult> models,
    RunContext context) {

  public List<String> failedModels() {
    return models.stream().filter(ModelResult::failed).map(ModelResult::name).toList();
  }
}
