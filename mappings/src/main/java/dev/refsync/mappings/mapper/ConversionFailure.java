package dev.refsync.mappings.mapper;

/** A value did not convert; {@link RecordMapper} adds the system, object, record and field. */
final class ConversionFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  ConversionFailure(String reason, String hint) {
    super(reason, null, false, false);
    this.hint = hint;
  }

  String hint() {
    return hint;
  }
}
