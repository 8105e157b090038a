package dev.refsync.deploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.refsync.mappings.CanonicalJson;
import dev.refsync.mappings.DefaultMappings;
import dev.refsync.mappings.MappingLoader;
import dev.refsync.mappings.mapper.MappedRecord;
import dev.refsync.mappings.mapper.MappingContext;
import dev.refsync.mappings.mapper.MappingException;
import dev.refsync.mappings.mapper.ObjectTypes;
import dev.refsync.mappings.mapper.RecordMapper;
import dev.refsync.mappings.mapper.VendorJson;
import dev.refsync.mappings.spec.MappingSpec;
import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.validate.InvalidMappingException;
import dev.refsync.mappings.validate.MappingValidator;
import dev.refsync.mappings.validate.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code refsync mappings}: the field-mapping files revops own (DESIGN 6). Exit codes: 0 success, 1
 * a record did not map (the precise conversion error is printed) or init would overwrite files, 2
 * usage errors and invalid mapping files.
 */
@Command(
    name = "mappings",
    mixinStandardHelpOptions = true,
    description = "Copy, validate and try out the field-mapping files.",
    subcommands = {
      MappingsCommand.Init.class,
      MappingsCommand.Validate.class,
      MappingsCommand.TestRecord.class
    })
public final class MappingsCommand implements Runnable {
  static final int OK = 0;
  static final int DID_NOT_MAP = 1;
  static final int REFUSED = 1;
  static final int INVALID = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing required subcommand: init, validate or test");
  }

  /** {@code refsync mappings init DIR}: copies the default mappings and their schema. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Copy the default mappings (salesforce.yaml, hubspot.yaml, stripe.yaml) and the JSON"
            + " Schema they reference into DIR, for editing."
      })
  static final class Init implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory to create or fill.")
    Path dir;

    @Option(names = "--force", description = "Overwrite files that already exist.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<String> existing =
          DefaultMappings.fileNames().stream().filter(f -> Files.exists(dir.resolve(f))).toList();
      if (!existing.isEmpty() && !force) {
        existing.forEach(f -> err.println(dir.resolve(f) + ": already exists"));
        err.println("Nothing was copied. Use --force to overwrite.");
        return REFUSED;
      }
      Files.createDirectories(dir);
      for (String f : DefaultMappings.fileNames()) {
        Files.writeString(dir.resolve(f), DefaultMappings.text(f), StandardCharsets.UTF_8);
        out.println("wrote " + dir.resolve(f));
      }
      out.println("Edit the files, then: refsync mappings validate " + dir.resolve("*.yaml"));
      return OK;
    }
  }

  /** {@code refsync mappings validate FILE...}: every problem of every file at once. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Validate mapping files: YAML syntax, the JSON Schema and the semantic rules.",
        "Prints every problem as FILE:LINE:COLUMN: message (hint: ...). Exit 0 valid, 2 invalid."
      })
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Mapping files.")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      MappingValidator validator = new MappingValidator();
      int invalid = 0;
      for (Path file : files) {
        List<Problem> problems;
        try {
          problems =
              validator
                  .validate(file.toString(), Files.readString(file, StandardCharsets.UTF_8))
                  .problems();
        } catch (IOException e) {
          problems =
              List.of(new Problem(file.toString(), 1, 1, "cannot read the file: " + e, null));
        }
        if (problems.isEmpty()) {
          out.println(file + ": OK");
        } else {
          invalid++;
          problems.forEach(p -> err.println(p));
        }
      }
      if (invalid > 0) {
        err.println(invalid + " of " + files.size() + " file(s) invalid");
        return INVALID;
      }
      return OK;
    }
  }

  /** {@code refsync mappings test}: one vendor record through a mapping, before deploying it. */
  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Map one vendor record (JSON as the API returns it) and print the canonical record(s),"
            + " or the precise conversion error.",
        "Exit 0 mapped, 1 the record did not map, 2 usage error or invalid mapping."
      })
  static final class TestRecord implements Callable<Integer> {
    private static final ObjectMapper JSON = VendorJson.mapper();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--system",
        required = true,
        description = "salesforce, hubspot or stripe.",
        converter = SystemConverter.class)
    SystemName system;

    @Option(
        names = "--record",
        required = true,
        paramLabel = "FILE.json",
        description = "The record.")
    Path record;

    @Option(
        names = "--mapping",
        paramLabel = "FILE",
        description = "Mapping file (default: the shipped default for --system).")
    Path mapping;

    @Option(
        names = "--object",
        description =
            "The vendor object (needed for HubSpot: deals, contacts, companies, ...; Salesforce"
                + " records carry attributes.type, Stripe objects carry object).")
    String object;

    @Option(
        names = "--association",
        paramLabel = "NAME=ID[,ID...]",
        description = "Associated ids the adapter would supply, e.g. companies=5550001.")
    Map<String, String> associations = new LinkedHashMap<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Optional<MappingSpec> loaded = loadMapping(err);
      if (loaded.isEmpty()) {
        return INVALID;
      }
      JsonNode vendor;
      try {
        vendor = JSON.readTree(record.toFile());
      } catch (JsonProcessingException e) {
        err.println(
            record
                + ": not valid JSON: "
                + e.getOriginalMessage()
                + " (line "
                + e.getLocation().getLineNr()
                + ")");
        return INVALID;
      } catch (IOException e) {
        err.println(record + ": cannot read: " + e.getMessage());
        return INVALID;
      }
      Optional<String> objectType =
          Optional.ofNullable(object).or(() -> ObjectTypes.declared(system, vendor));
      if (objectType.isEmpty()) {
        err.println(
            record
                + ": the record does not name its object: give --object (e.g. deals, contacts,"
                + " companies)");
        return INVALID;
      }
      try {
        List<MappedRecord> mapped =
            new RecordMapper(loaded.get()).map(objectType.get(), vendor, context());
        if (mapped.isEmpty()) {
          err.println(
              "the mapping reads nothing from this "
                  + objectType.get()
                  + " record: check object: and when: under records");
          return DID_NOT_MAP;
        }
        out.println(CanonicalJson.print(CanonicalJson.toJson(mapped)));
        return OK;
      } catch (MappingException e) {
        err.println(e.getMessage());
        return DID_NOT_MAP;
      }
    }

    private Optional<MappingSpec> loadMapping(PrintWriter err) {
      try {
        MappingSpec spec =
            mapping == null ? DefaultMappings.load(system) : MappingLoader.load(mapping);
        if (spec.system() != system) {
          err.println(
              mapping + " is a " + spec.system().yamlName() + " mapping, not " + system.yamlName());
          return Optional.empty();
        }
        return Optional.of(spec);
      } catch (InvalidMappingException e) {
        e.problems().forEach(p -> err.println(p));
        return Optional.empty();
      } catch (UncheckedIOException e) {
        err.println(mapping + ": cannot read: " + e.getCause().getMessage());
        return Optional.empty();
      }
    }

    private MappingContext context() {
      Map<String, List<String>> ids = new LinkedHashMap<>();
      associations.forEach((name, list) -> ids.put(name, Arrays.asList(list.split(","))));
      return new MappingContext(ids);
    }
  }

  /** Accepts the lower-case system names used in mapping files. */
  static final class SystemConverter implements CommandLine.ITypeConverter<SystemName> {
    @Override
    public SystemName convert(String value) {
      return SystemName.fromYamlName(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not a system: use salesforce, hubspot or stripe"));
    }
  }
}
