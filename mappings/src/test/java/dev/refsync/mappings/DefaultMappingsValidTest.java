package dev.refsync.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.mappings.spec.SystemName;
import dev.refsync.mappings.validate.MappingValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultMappingsValidTest {

  @ParameterizedTest
  @EnumSource(SystemName.class)
  void everyDefaultMappingIsValid(SystemName system) {
    String file = DefaultMappings.fileName(system);
    MappingValidator.Result result =
        new MappingValidator().validate(file, DefaultMappings.text(file));
    assertThat(result.problems()).isEmpty();
    assertThat(DefaultMappings.load(system).system()).isEqualTo(system);
  }
}
