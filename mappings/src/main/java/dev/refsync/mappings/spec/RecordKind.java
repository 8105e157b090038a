package dev.refsync.mappings.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The canonical records of DESIGN 3 that are read from vendor systems. */
public enum RecordKind {
  REFERRER,
  REFERRAL,
  ACCOUNT,
  CONTACT,
  DEAL,
  PAYMENT,
  REFUND,
  CHURN;

  /** The key under {@code records:} in a mapping file, e.g. {@code deal}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RecordKind> fromYamlName(String name) {
    return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
  }
}
