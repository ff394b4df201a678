package org.netinnov.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a YAML run configuration into {@link RunConfig}: applies {@code --set path=value} overrides to the YAML
 * tree, then binds it, turning every binding error into a {@link ConfigException} that names the YAML path.
 * Unknown keys are errors (with the closest known key suggested), never silently ignored.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private ConfigLoader() {}

  /** The YAML mapper used for configs; also renders the config as run. */
  public static ObjectMapper mapper() { return YAML; }

  public static RunConfig load(Path file, List<String> overrides) {
    JsonNode tree = readTree(file);
    for (String o : overrides) applyOverride(tree, o);
    return bind(tree, file.toString());
  }

  /** Reads the YAML file into a tree (no binding), so that overrides can be applied and the config echoed. */
  public static JsonNode readTree(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("", "config file not found: " + file);
    } catch (IOException e) {
      throw new ConfigException("", "cannot read config file " + file + ": " + e.getMessage());
    }
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull())
        throw new ConfigException("", file + " is empty");
      if (!tree.isObject()) throw new ConfigException("", file + ": the top level must be a mapping of sections");
      return tree;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ConfigException("", file + (loc != null ? " line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "")
          + ": not valid YAML: " + e.getOriginalMessage());
    }
  }

  /** Binds a YAML tree to the typed config. */
  public static RunConfig bind(JsonNode tree, String source) {
    try {
      RunConfig c = YAML.treeToValue(tree, RunConfig.class);
      if (c.data() == null && c.caseStudy() == null)
        throw new ConfigException("data", "missing: a run needs `data:` (path, firm, year) or `case_study:`");
      return c;
    } catch (UnrecognizedPropertyException e) {
      String path = path(e);
      List<String> known = new ArrayList<>();
      if (e.getKnownPropertyIds() != null) for (Object k : e.getKnownPropertyIds()) known.add(String.valueOf(k));
      known.sort(null);
      throw new ConfigException(path, "unknown key `" + e.getPropertyName() + "`" + Suggest.didYouMean(e.getPropertyName(), known)
          + (known.isEmpty() ? "" : " (known keys here: " + String.join(", ", known) + ")"));
    } catch (InvalidFormatException e) {
      throw new ConfigException(path(e), "expected " + describe(e.getTargetType()) + ", got `" + e.getValue() + "`");
    } catch (MismatchedInputException e) {
      throw new ConfigException(path(e), "expected " + describe(e.getTargetType()) + mismatchDetail(e));
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new ConfigException(path(e), msg);
    } catch (JsonProcessingException e) {
      throw new ConfigException("", source + ": " + e.getOriginalMessage());
    }
  }

  /**
   * Applies {@code path=value}: the path is dotted YAML keys (list items by index, e.g. {@code hypotheses.0.expected});
   * the value is read as YAML, so numbers, booleans and lists keep their types. Missing mappings are created.
   */
  public static void applyOverride(JsonNode root, String override) {
    int eq = override.indexOf('=');
    if (eq <= 0) throw new ConfigException("", "--set expects path=value, got `" + override + "`");
    String path = override.substring(0, eq).trim();
    String raw = override.substring(eq + 1);
    JsonNode value;
    try {
      value = raw.isEmpty() ? YAML.getNodeFactory().textNode("") : YAML.readTree(raw);
      if (value == null || value.isMissingNode()) value = YAML.getNodeFactory().nullNode();
    } catch (JsonProcessingException e) {
      value = YAML.getNodeFactory().textNode(raw);
    }
    String[] parts = path.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < parts.length; i++) {
      String key = parts[i];
      boolean last = i == parts.length - 1;
      String where = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
      if (node instanceof ObjectNode obj) {
        if (last) { obj.set(key, value); return; }
        JsonNode child = obj.get(key);
        if (child == null || child.isNull()) { child = obj.putObject(key); }
        node = child;
      } else if (node instanceof ArrayNode arr) {
        int idx;
        try {
          idx = Integer.parseInt(key);
        } catch (NumberFormatException e) {
          throw new ConfigException(where, "--set: this is a list; use an item index, e.g. " + where.replace(key, "0"));
        }
        if (idx < 0 || idx >= arr.size())
          throw new ConfigException(where, "--set: the list has " + arr.size() + " items");
        if (last) { arr.set(idx, value); return; }
        node = arr.get(idx);
      } else {
        throw new ConfigException(where, "--set: `" + where + "` is a single value, not a section");
      }
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) sb.append('.');
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        if (sb.length() > 0) sb.append('.');
        sb.append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static String mismatchDetail(MismatchedInputException e) {
    String m = e.getOriginalMessage();
    if (m == null) return "";
    if (m.contains("from Array value")) return ", got a list";
    if (m.contains("from Object value")) return ", got a mapping";
    if (m.contains("from String value")) return ", got text";
    if (m.contains("Floating-point value")) return ", got a decimal number";
    return "";
  }

  private static String describe(Class<?> type) {
    if (type == null) return "a different value";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
    if (type == Double.class || type == double.class) return "a number";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type == String.class) return "text";
    if (java.util.List.class.isAssignableFrom(type)) return "a list";
    if (java.util.Map.class.isAssignableFrom(type)) return "a mapping of names to values";
    if (type.isRecord()) return "a section (mapping of keys)";
    return "a " + type.getSimpleName();
  }
}
