package dev.refsync.salesforce.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the RFC 4180 CSV Bulk API 2.0 answers (comma, LF or CRLF, quoted values with {@code ""} for
 * a quote, line breaks inside quotes), the first line naming the columns.
 */
final class Csv {
  private Csv() {}

  /**
   * @throws IllegalArgumentException when a row has another number of values than the header, or a
   *     quote is left open
   */
  static List<Map<String, String>> parse(String text) {
    List<List<String>> lines = lines(text);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = lines.get(0);
    List<Map<String, String>> rows = new ArrayList<>(lines.size() - 1);
    for (int i = 1; i < lines.size(); i++) {
      List<String> values = lines.get(i);
      if (values.size() != header.size()) {
        throw new IllegalArgumentException(
            "Bulk result line "
                + (i + 1)
                + " has "
                + values.size()
                + " values for "
                + header.size()
                + " columns");
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), values.get(c));
      }
      rows.add(Collections.unmodifiableMap(row));
    }
    return rows;
  }

  private static List<List<String>> lines(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          value.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
        any = true;
      } else if (ch == ',') {
        line.add(value.toString());
        value.setLength(0);
        any = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || value.length() > 0) {
          line.add(value.toString());
          lines.add(line);
        }
        line = new ArrayList<>();
        value.setLength(0);
        any = false;
      } else {
        value.append(ch);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Bulk result ends inside a quoted value");
    }
    if (any || value.length() > 0) {
      line.add(value.toString());
      lines.add(line);
    }
    return lines;
  }
}
