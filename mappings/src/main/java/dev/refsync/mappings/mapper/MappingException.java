package dev.refsync.mappings.mapper;

/**
 * A vendor record could not be mapped. The message names the system, object, record id, canonical
 * field, vendor field and value, and says what to change; the record goes to the dead-letter table
 * with this message (DESIGN 9) while the others keep syncing.
 */
public final class MappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_CHARS = 200;

  private final String system;
  private final String objectType;
  private final String recordId;
  private final String field;
  private final String vendorField;
  private final String value;

  /**
   * @param system e.g. {@code SALESFORCE}
   * @param objectType e.g. {@code Opportunity}
   * @param recordId the vendor id; may be null
   * @param field the canonical attribute, e.g. {@code amount}
   * @param vendorField the vendor path read, e.g. {@code Amount}; may be null
   * @param value the offending vendor value; may be null when it was missing
   * @param reason what is wrong
   * @param hint what to do; may be null
   */
  public MappingException(
      String system,
      String objectType,
      String recordId,
      String field,
      String vendorField,
      String value,
      String reason,
      String hint) {
    super(message(system, objectType, recordId, field, vendorField, value, reason, hint));
    this.system = system;
    this.objectType = objectType;
    this.recordId = recordId;
    this.field = field;
    this.vendorField = vendorField;
    this.value = value;
  }

  private static String message(
      String system,
      String objectType,
      String recordId,
      String field,
      String vendorField,
      String value,
      String reason,
      String hint) {
    StringBuilder sb = new StringBuilder();
    sb.append(system).append(' ').append(objectType).append(' ');
    sb.append(recordId == null ? "(no id)" : recordId)
        .append(": field '")
        .append(field)
        .append('\'');
    if (vendorField != null) {
      sb.append(" (from ").append(vendorField).append(')');
    }
    if (value != null) {
      String shown =
          value.length() > MAX_VALUE_CHARS ? value.substring(0, MAX_VALUE_CHARS) + "…" : value;
      sb.append(" value '").append(shown).append('\'');
    }
    sb.append(": ").append(reason);
    if (hint != null) {
      sb.append(" (hint: ").append(hint).append(')');
    }
    return sb.toString();
  }

  public String system() {
    return system;
  }

  public String objectType() {
    return objectType;
  }

  public String recordId() {
    return recordId;
  }

  public String field() {
    return field;
  }

  public String vendorField() {
    return vendorField;
  }

  public String value() {
    return value;
  }
}
