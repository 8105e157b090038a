package dev.refsync.deploy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table: left-aligned columns two spaces apart, indented under a section title. */
final class TextTable {
  private static final String INDENT = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = Arrays.asList(headers);
  }

  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row has " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(TextTable::cell).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    print(out, headers, widths);
    rows.forEach(row -> print(out, row, widths));
  }

  private static void print(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(INDENT);
    for (int i = 0; i < cells.size(); i++) {
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
      }
    }
    out.println(line);
  }

  /** One line per cell: a vendor error spanning lines would break the table. */
  private static String cell(Object value) {
    return value == null ? "-" : String.valueOf(value).replaceAll("\\s*\\R\\s*", " ");
  }
}
