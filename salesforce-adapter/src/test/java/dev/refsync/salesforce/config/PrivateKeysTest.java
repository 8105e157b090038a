package dev.refsync.salesforce.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refsync.core.config.Secret;
import dev.refsync.salesforce.support.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateKeysTest {
  private static final KeyPair PAIR = TestKeys.rsa();

  @Test
  void readsAPkcs8KeyFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("server.key");
    Files.writeString(file, TestKeys.pem(PAIR).reveal());

    Secret pem = PrivateKeys.fromFile(file);

    assertThat(PrivateKeys.parse(pem, file.toString()).getEncoded())
        .isEqualTo(PAIR.getPrivate().getEncoded());
    assertThat(pem.toString()).isEqualTo("****");
  }

  @Test
  void readsAKeyFromAnEnvironmentVariable() {
    Secret pem =
        PrivateKeys.fromEnvironment("SF_KEY", Map.of("SF_KEY", TestKeys.pem(PAIR).reveal()));

    assertThat(PrivateKeys.parse(pem, "SF_KEY").getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void aMissingFileOrVariableIsNamed(@TempDir Path dir) {
    assertThatThrownBy(() -> PrivateKeys.fromFile(dir.resolve("nope.key")))
        .isInstanceOf(InvalidPrivateKeyException.class)
        .hasMessageContaining("nope.key")
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> PrivateKeys.fromEnvironment("SF_KEY", Map.of()))
        .isInstanceOf(InvalidPrivateKeyException.class)
        .hasMessageContaining("SF_KEY is not set");
  }

  @Test
  void aPkcs1KeyGetsTheConversionCommand() {
    Secret pkcs1 =
        Secret.of("-----BEGIN RSA PRIVATE KEY-----\nMIIEsecret\n-----END RSA PRIVATE KEY-----");

    assertThatThrownBy(() -> PrivateKeys.parse(pkcs1, "key.pem"))
        .isInstanceOf(InvalidPrivateKeyException.class)
        .hasMessageContaining("openssl pkcs8 -topk8")
        .hasMessageNotContaining("MIIEsecret");
  }

  @Test
  void aCorruptKeyIsRefusedWithoutQuotingIt() {
    Secret corrupt =
        Secret.of("-----BEGIN PRIVATE KEY-----\nAAAAsecretAAAA\n-----END PRIVATE KEY-----");

    assertThatThrownBy(() -> PrivateKeys.parse(corrupt, "SF_KEY"))
        .isInstanceOf(InvalidPrivateKeyException.class)
        .hasMessageContaining("SF_KEY")
        .hasMessageNotContaining("AAAAsecretAAAA");
    assertThatThrownBy(() -> PrivateKeys.parse(Secret.of("not a key"), "SF_KEY"))
        .hasMessageContaining("is not a PEM block")
        .hasMessageNotContaining("not a key'");
  }
}
