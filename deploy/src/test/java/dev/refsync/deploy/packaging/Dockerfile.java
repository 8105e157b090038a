package dev.refsync.deploy.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read the way the Docker builder reads it: comments dropped, {@code \}-continued
 * lines joined, instructions grouped by {@code FROM} into stages. Enough to lint it where no Docker
 * daemon runs.
 */
record Dockerfile(List<Dockerfile.Stage> stages) {

  /** One instruction: its keyword upper-cased and its arguments as written. */
  record Instruction(String keyword, String args) {}

  /** One build stage: its base image, its {@code AS} name (or "") and its instructions. */
  record Stage(String image, String name, List<Instruction> instructions) {
    List<Instruction> all(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    Optional<Instruction> last(String keyword) {
      List<Instruction> found = all(keyword);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }
  }

  static Dockerfile parse(Path file) throws IOException {
    List<String> logical = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.strip();
      if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      logical.add(current.toString().strip());
      current.setLength(0);
    }
    if (!current.isEmpty()) {
      throw new IllegalStateException(file + " ends inside a continued line");
    }
    List<Stage> stages = new ArrayList<>();
    List<Instruction> instructions = null;
    for (String line : logical) {
      String[] parts = line.split("\\s+", 2);
      String keyword = parts[0].toUpperCase(Locale.ROOT);
      String args = parts.length > 1 ? parts[1] : "";
      if (keyword.equals("FROM")) {
        String[] from = args.split("\\s+");
        String name = from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : "";
        instructions = new ArrayList<>();
        stages.add(new Stage(from[0], name, instructions));
      } else if (instructions == null) {
        if (!keyword.equals("ARG")) {
          throw new IllegalStateException(file + ": " + keyword + " before the first FROM");
        }
      } else {
        instructions.add(new Instruction(keyword, args));
      }
    }
    return new Dockerfile(List.copyOf(stages));
  }

  Stage runtime() {
    return stages.get(stages.size() - 1);
  }

  List<Instruction> everyInstruction() {
    return stages.stream().flatMap(s -> s.instructions().stream()).toList();
  }
}
