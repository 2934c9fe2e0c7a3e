package org.breachresponse.notification.individual;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * Which column of the uploaded list holds what. Columns are found by their header name, in any case and
 * any order, so a spreadsheet keeps its own layout; a column we do not know is refused rather than
 * silently dropped, because it usually means a misspelt one whose values would be lost.
 */
final class CsvHeader {

  /** The columns the list may have; name and state are required. */
  enum Column {
    NAME(true), POSTAL_ADDRESS(false), STATE(true), EMAIL(false), EMAIL_CONSENT(false);

    private final boolean required;

    Column(boolean required) {
      this.required = required;
    }

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String KNOWN = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "));
  private static final String FIELD = "header";

  private final Map<Column, Integer> indices;
  private final int size;

  private CsvHeader(Map<Column, Integer> indices, int size) {
    this.indices = indices;
    this.size = size;
  }

  /** Reads the first record as the header, or names each problem with it (they are all on line 1). */
  static Optional<CsvHeader> read(CSVRecord header, CsvErrors errors) {
    int before = errors.count();
    Map<Column, Integer> indices = new EnumMap<>(Column.class);
    List<String> names = header.toList();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.header().equals(name)).findFirst();
      if (name.isEmpty()) {
        errors.add(1, FIELD, "column " + (i + 1) + " has no name; the columns are " + KNOWN);
      } else if (column.isEmpty()) {
        errors.add(1, FIELD, "'" + Shown.value(name) + "' is not a column of this list; the columns are " + KNOWN);
      } else if (indices.putIfAbsent(column.get(), i) != null) {
        errors.add(1, FIELD, "the column " + name + " appears twice");
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !indices.containsKey(column)) {
        errors.add(1, FIELD, "the column " + column.header() + " is missing; the first line must name the columns, "
            + "e.g. " + KNOWN.replace(", ", ","));
      }
    }
    return errors.count() == before ? Optional.of(new CsvHeader(indices, names.size())) : Optional.empty();
  }

  int size() {
    return size;
  }

  /** The value of a column in a record, or null if the list has no such column. */
  String value(CSVRecord record, Column column) {
    Integer index = indices.get(column);
    return index == null ? null : record.get(index);
  }
}
