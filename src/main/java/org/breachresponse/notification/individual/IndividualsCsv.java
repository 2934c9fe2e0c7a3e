package org.breachresponse.notification.individual;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.individual.CsvHeader.Column;

/**
 * The affected individuals' list as the privacy officer uploads it: CSV in UTF-8 (a byte order mark is
 * fine), quoted as RFC 4180 says so addresses may hold commas and line breaks, with a header naming the
 * columns: {@code name} and {@code state}, and optionally {@code postal_address}, {@code email} and
 * {@code email_consent}. Every record is checked and every problem is named by the line the
 * record starts on, header being line 1, so the whole file is fixed in one go. A file with any problem
 * imports nothing: each individual must get a notice (45 CFR 164.404), and a half-imported list could
 * pass for the whole one.
 */
public final class IndividualsCsv {

  /** More than any dental practice's patient list; beyond it something else went wrong. */
  public static final int MAX_ROWS = 100_000;
  public static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private IndividualsCsv() {
  }

  /**
   * The individuals in the file, in file order.
   *
   * @throws InvalidInputException naming every problem found (the first 200, then how many
   *     more), fields named like {@code line 7: state}, or {@code file} for the file as a whole
   */
  public static List<IndividualRow> parse(InputStream csv) {
    String text = decode(readAtMost(csv, MAX_BYTES + 1));
    CsvErrors errors = new CsvErrors();
    List<IndividualRow> rows = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
      read(parser, errors, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (errors.count() > 0) {
      throw errors.toException();
    }
    return List.copyOf(rows);
  }

  private static void read(CSVParser parser, CsvErrors errors, List<IndividualRow> rows) {
    Iterator<CSVRecord> records = parser.iterator();
    CsvHeader header = null;
    Map<String, Integer> firstLineOf = new HashMap<>();
    int count = 0;
    long linesRead = 0;
    while (true) {
      // The parser has read exactly the records handed out so far, so the next one starts on the next line.
      int line = Math.toIntExact(linesRead + 1);
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        errors.add(line, "row", "a quoted value is not closed, or has text after its closing quote; "
            + "nothing after this line could be read");
        return;
      }
      linesRead = parser.getCurrentLineNumber();
      if (header == null) {
        Optional<CsvHeader> read = CsvHeader.read(record, errors);
        if (read.isEmpty()) {
          return;
        }
        header = read.get();
      } else if (!isBlank(record)) {
        if (++count > MAX_ROWS) {
          throw new InvalidInputException(CsvErrors.FILE, "more than " + MAX_ROWS + " individuals; split the list");
        }
        check(line, record, header, firstLineOf, errors).ifPresent(rows::add);
      }
    }
    if (header == null) {
      errors.add(CsvErrors.FILE, "empty; the first line must name the columns, e.g. " + CsvHeader.KNOWN.replace(", ", ","));
    } else if (count == 0) {
      errors.add(CsvErrors.FILE, "no individuals below the header");
    }
  }

  private static Optional<IndividualRow> check(int line, CSVRecord record, CsvHeader header,
      Map<String, Integer> firstLineOf, CsvErrors errors) {
    if (record.size() != header.size()) {
      errors.add(line, "row", "has " + record.size() + " values but the header names " + header.size()
          + " columns; put a value that contains a comma in double quotes");
      return Optional.empty();
    }
    String name = header.value(record, Column.NAME);
    String address = header.value(record, Column.POSTAL_ADDRESS);
    String state = header.value(record, Column.STATE);
    if (name != null && !name.isBlank()) {
      Integer first = firstLineOf.putIfAbsent(sameness(name) + '\0' + sameness(address) + '\0'
          + IndividualRowRules.stateCode(state), line);
      if (first != null) {
        errors.add(line, "row", "the same individual as line " + first + " (same name, postal address and state); "
            + "remove one of the two");
      }
    }
    return IndividualRowRules.check(line, name, address, state, header.value(record, Column.EMAIL),
        header.value(record, Column.EMAIL_CONSENT), errors);
  }

  /** Two spellings of the same name or address that differ only in case or spacing are the same. */
  private static String sameness(String value) {
    return value == null ? "" : WHITE_SPACE.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  private static byte[] readAtMost(InputStream csv, int bytes) {
    try {
      byte[] content = csv.readNBytes(bytes);
      if (content.length > MAX_BYTES) {
        throw new InvalidInputException(CsvErrors.FILE, "larger than 20 MB; split the list");
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(CsvErrors.FILE, "not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"");
    }
  }
}
