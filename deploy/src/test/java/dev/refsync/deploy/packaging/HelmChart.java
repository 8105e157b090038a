package dev.refsync.deploy.packaging;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.refsync.deploy.config.RepositoryRoot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The chart under {@code deploy/helm/refsync}, rendered by a real helm (helm-java). */
final class HelmChart {
  static final Path DIR = RepositoryRoot.find().resolve("deploy/helm/refsync");

  private HelmChart() {}

  /** {@code helm template} with the chart's defaults plus the given values file, if any. */
  static Rendered template(String valuesResource) {
    TemplateCommand template = new Helm(DIR).template().withName("refsync").withNamespace("sync");
    if (valuesResource != null) {
      template = template.withValuesFile(resource(valuesResource));
    }
    return Rendered.parse(template.call());
  }

  static Path resource(String name) {
    try {
      return Path.of(HelmChart.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name + " is missing", e);
    }
  }

  /** The Kubernetes objects {@code helm template} printed, as SnakeYAML maps. */
  record Rendered(List<Map<String, Object>> objects) {
    @SuppressWarnings("unchecked")
    static Rendered parse(String manifests) {
      List<Map<String, Object>> objects = new ArrayList<>();
      for (Object doc : new Yaml().loadAll(manifests)) {
        if (doc != null) {
          objects.add((Map<String, Object>) doc);
        }
      }
      return new Rendered(List.copyOf(objects));
    }

    Map<String, Object> one(String kind) {
      List<Map<String, Object>> found = all(kind);
      if (found.size() != 1) {
        throw new AssertionError("expected one " + kind + ", rendered " + found.size());
      }
      return found.get(0);
    }

    List<Map<String, Object>> all(String kind) {
      return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }
  }

  /** Walks nested maps (and lists, by index) along a dotted path, e.g. {@code spec.template}. */
  static Object at(Object node, String path) {
    Object current = node;
    for (String step : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof List<?> list) {
        current = list.get(Integer.parseInt(step));
      } else {
        throw new AssertionError("no " + step + " in " + path + " (reached " + current + ")");
      }
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String path) {
    return (Map<String, Object>) at(node, path);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object node, String path) {
    return (List<Map<String, Object>>) at(node, path);
  }
}
