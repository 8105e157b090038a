package dev.refsync.mappings.validate;

/**
 * Readable names for JSON Pointers: {@code /records/deal/0/fields} is {@code
 * records.deal[0].fields}.
 */
final class Paths {
  private Paths() {}

  static String readable(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(seg).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(seg);
      }
    }
    return sb.toString();
  }
}
