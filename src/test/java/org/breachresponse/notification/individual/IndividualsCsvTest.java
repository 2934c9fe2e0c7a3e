package org.breachresponse.notification.individual;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.breachresponse.incident.UsJurisdiction;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndividualsCsvTest {

  private static final String HEADER = "name,postal_address,state,email,email_consent\r\n";
  /** A first record over two lines, so a record after it starts on line 4. */
  private static final String TWO_LINE_RECORD = "Ann Lee,\"12 Oak St\r\nAustin, TX 78701\",TX,,\r\n";

  @Test
  void readsAFileWithByteOrderMarkMixedCaseReorderedHeaderAndQuotedMultiLineAddresses() {
    List<IndividualRow> rows = parse("\uFEFFState,EMAIL,Name,Email_Consent,POSTAL_ADDRESS\r\n"
        + "tx,ann@example.com,Ann Lee,yes,\"12 Oak St, Apt 3\r\nAustin, TX 78701\"\r\n"
        + " fl ,,\"Bob \"\"Bobby\"\" Ray\",,\"1 Main St\nTampa, FL\"\r\n"
        + "CA,carl@example.com,  Carl Diaz  ,no,\r\n");

    assertThat(rows).containsExactly(
        new IndividualRow("Ann Lee", "12 Oak St, Apt 3\nAustin, TX 78701", UsJurisdiction.TX, "ann@example.com", true, 2),
        new IndividualRow("Bob \"Bobby\" Ray", "1 Main St\nTampa, FL", UsJurisdiction.FL, null, false, 4),
        new IndividualRow("Carl Diaz", null, UsJurisdiction.CA, "carl@example.com", false, 6));
  }

  @Test
  void onlyNameAndStateColumnsAreRequired() {
    assertThat(parse("NAME,State\nAnn Lee,TX\n"))
        .containsExactly(new IndividualRow("Ann Lee", null, UsJurisdiction.TX, null, false, 2));
  }

  @Test
  void aRowWithNeitherAddressNorEmailIsImportedButHasNoUsableContact() {
    IndividualRow row = parse(HEADER + "Ann Lee,,TX,ann@example.com,no\n").get(0);

    assertThat(row.hasUsableContact()).isFalse();
    assertThat(row.reachableByEmail()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"yes|true", "YES|true", "y|true", "True|true", "1|true",
      "no|false", "N|false", "false|false", "0|false", "' '|false", "''|false"})
  void emailConsentIsYesOrNoInSeveralSpellingsAndEmptyMeansNo(String answer, boolean consent) {
    assertThat(parse(HEADER + "Ann Lee,,TX,ann@example.com," + answer + "\n").get(0).emailConsent()).isEqualTo(consent);
  }

  @Test
  void blankLinesAndEmptySpreadsheetRowsAreSkippedButStillCounted() {
    List<IndividualRow> rows = parse(HEADER + "\r\n,,,,\r\nAnn Lee,,TX,,\r\n\r\nBob Ray,,FL,,\r\n\r\n");

    assertThat(rows).extracting(IndividualRow::lineNumber).containsExactly(4, 6);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'  ,1 Elm St,TX,,'                    | line 4: name           | 'required: the individual''s name'",
      "'\"Tab\there\",,TX,,'                 | line 4: name           | contains a control character such as a tab or a line break; remove it",
      "'\"Two\nlines\",,TX,,'                | line 4: name           | contains a control character such as a tab or a line break; remove it",
      "'Eve,,TXX,,'                          | line 4: state          | '''TXX'' is not a US state code; use a two-letter code such as TX'",
      "'Eve,,,,'                             | line 4: state          | required: the two-letter code of the state the individual lives in, such as TX",
      "'Eve,\"1 Elm St\u0007\",TX,,'         | line 4: postal_address | contains a control character other than a line break; remove it",
      "'Gus,,TX,not-an-address,'             | line 4: email          | not an e-mail address such as name@example.com",
      "'Ida,,TX,ida@example.com,maybe'       | line 4: email_consent  | '''maybe'' is not yes or no; write yes or no (or y/n, true/false, 1/0), or leave it empty for no'",
      "'Jo,,TX,,yes'                         | line 4: email          | email_consent says yes but there is no e-mail address; add it, or set email_consent to no",
      "'Kim,1 Elm St, Apt 2,TX,,'            | line 4: row            | has 6 values but the header names 5 columns; put a value that contains a comma in double quotes",
      "'\"ann lee\",\"12  oak st\nAustin, tx 78701\",tx,,' | line 4: row | the same individual as line 2 (same name, postal address and state); remove one of the two",
      "'\"Unclosed,,TX,,\r\nBob,,TX,,'         | line 4: row            | a quoted value is not closed, or has text after its closing quote; nothing after this line could be read"})
  void eachRuleNamesTheLineTheBadRecordStartsOn(String badRecord, String field, String message) {
    assertThat(errors(HEADER + TWO_LINE_RECORD + badRecord + "\r\n")).containsExactly(new FieldError(field, message));
  }

  @Test
  void theLengthLimitsAreTheColumnSizes() {
    String longest = HEADER + "\"" + "N".repeat(200) + "\",\"" + "A".repeat(500) + "\",TX,"
        + "e".repeat(242) + "@example.com,yes\n";
    String tooLong = HEADER + "\"" + "N".repeat(201) + "\",\"" + "A".repeat(501) + "\",TX,"
        + "e".repeat(243) + "@example.com,yes\n";

    assertThat(parse(longest)).hasSize(1);
    assertThat(errors(tooLong)).containsExactly(
        new FieldError("line 2: name", "at most 200 characters (this one has 201)"),
        new FieldError("line 2: postal_address", "at most 500 characters (this one has 501)"),
        new FieldError("line 2: email", "at most 254 characters (this one has 255)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann@example", "ann lee@example.com", "ann@@example.com", "Ann <ann@example.com>",
      "ann@example.com;bob@example.com", "ann@example.com (Ann)", "@example.com", "ann@", "ann@.com",
      "ann@example..com", "ann.@example.com", "ann@example.com."})
  void implausibleEmailAddressesAreRefused(String email) {
    assertThat(errors(HEADER + "Ann Lee,,TX,\"" + email + "\",\n")).extracting(FieldError::field).containsExactly("line 2: email");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ann.lee+notice@example.co.uk", "o'brien@example.com", "ANN@EXAMPLE.COM", "a@b.cd"})
  void ordinaryEmailAddressesAreKept(String email) {
    assertThat(parse(HEADER + "Ann Lee,,TX,\"" + email + "\",yes\n").get(0).email()).isEqualTo(email);
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnceAndNothingIsImported() {
    String file = HEADER + TWO_LINE_RECORD
        + "Bob Ray,,TXX,bob@,perhaps\r\n"
        + "Cy Young,\"3 Pine St\r\nDallas\",TX,,\r\n"
        + ",,,,yes\r\n"
        + "Ann Lee,\"12 Oak St\r\nAustin, TX 78701\",TX,,\r\n";

    assertThat(errors(file)).extracting(FieldError::toString).containsExactly(
        "line 4: state: 'TXX' is not a US state code; use a two-letter code such as TX",
        "line 4: email: not an e-mail address such as name@example.com",
        "line 4: email_consent: 'perhaps' is not yes or no; write yes or no (or y/n, true/false, 1/0), or leave it empty for no",
        "line 7: name: required: the individual's name",
        "line 7: state: required: the two-letter code of the state the individual lives in, such as TX",
        "line 7: email: email_consent says yes but there is no e-mail address; add it, or set email_consent to no",
        "line 8: row: the same individual as line 2 (same name, postal address and state); remove one of the two");
  }

  @Test
  void theSameNameInAnotherStateOrAtAnotherAddressIsAnotherIndividual() {
    assertThat(parse(HEADER + "Ann Lee,1 Oak St,TX,,\nAnn Lee,1 Oak St,FL,,\nAnn Lee,2 Oak St,TX,,\nAnn Lee,,TX,,\n"))
        .hasSize(4);
  }

  @Test
  void unknownRepeatedAndMissingColumnsAreNamedOnTheHeaderLine() {
    assertThat(errors("name,Phone,NAME,,email\nAnn Lee,555,Ann,,\n")).extracting(FieldError::toString).containsExactly(
        "line 1: header: 'phone' is not a column of this list; the columns are name, postal_address, state, email, email_consent",
        "line 1: header: the column name appears twice",
        "line 1: header: column 4 has no name; the columns are name, postal_address, state, email, email_consent",
        "line 1: header: the column state is missing; the first line must name the columns, "
            + "e.g. name,postal_address,state,email,email_consent");
  }

  @Test
  void anEmptyFileAHeaderWithoutRowsAndTextThatIsNotUtf8AreRefused() {
    assertThat(errors("")).extracting(FieldError::field).containsExactly("file");
    assertThat(errors("\uFEFF")).extracting(FieldError::field).containsExactly("file");
    assertThat(errors(HEADER + "\r\n")).containsExactly(new FieldError("file", "no individuals below the header"));
    byte[] latin1 = (HEADER + "Zoë Smith,,TX,,\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(errors(latin1)).containsExactly(
        new FieldError("file", "not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\""));
  }

  @Test
  void aFileOverTwentyMegabytesIsRefusedWhole() {
    byte[] file = new byte[IndividualsCsv.MAX_BYTES + 1];
    byte[] start = (HEADER + "Ann Lee,\"").getBytes(UTF_8);
    Arrays.fill(file, (byte) 'a');
    System.arraycopy(start, 0, file, 0, start.length);

    assertThat(errors(file)).containsExactly(new FieldError("file", "larger than 20 MB; split the list"));
  }

  @Test
  void atMostOneHundredThousandIndividualsPerFile() {
    assertThat(parse(rows(IndividualsCsv.MAX_ROWS, "TX"))).hasSize(IndividualsCsv.MAX_ROWS);
    assertThat(errors(rows(IndividualsCsv.MAX_ROWS + 1, "TX")))
        .containsExactly(new FieldError("file", "more than 100000 individuals; split the list"));
  }

  @Test
  void atMostTwoHundredErrorsAreListedThenHowManyMore() {
    List<FieldError> errors = errors(rows(250, "XX"));

    assertThat(errors).hasSize(201);
    assertThat(errors.get(199).field()).isEqualTo("line 201: state");
    assertThat(errors.get(200)).isEqualTo(new FieldError("file", "50 more errors not shown; fix the ones above and upload the file again"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert('x')</script>", "Robert'); DROP TABLE affected_individual;--", "*)(objectClass=*",
      "${jndi:ldap://example.com/a}", "Zoë 😀 Smith", "\u202Enhoj\u202C", "\u200Fשרה כהן", "=HYPERLINK(\"http://x\")"})
  void hostileLookingNamesAreKeptVerbatimAsData(String name) {
    IndividualRow row = parse(HEADER + "\"" + name.replace("\"", "\"\"") + "\",,TX,,\n").get(0);

    assertThat(row.name()).isEqualTo(name);
  }

  @Test
  void errorMessagesNeverRepeatANameAnAddressOrAnEmailAddress() {
    List<FieldError> errors = errors(HEADER + "Ann Secret,\"9 Hidden Rd\u0001\",TX,ann.secret@,\n"
        + "\"" + "Ann Secret ".repeat(20) + "\",,<script>alert(1)</script>,,\n");

    assertThat(errors).hasSize(4).allSatisfy(error -> assertThat(error.message())
        .doesNotContainIgnoringCase("secret").doesNotContain("Hidden").doesNotContain("<script>alert(1)"));
  }

  private static String rows(int count, String state) {
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < count; i++) {
      file.append("Person ").append(i).append(",,").append(state).append(",,\n");
    }
    return file.toString();
  }

  private static List<IndividualRow> parse(String csv) {
    return IndividualsCsv.parse(new ByteArrayInputStream(csv.getBytes(UTF_8)));
  }

  private static List<FieldError> errors(String csv) {
    return errors(csv.getBytes(UTF_8));
  }

  private static List<FieldError> errors(byte[] csv) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> IndividualsCsv.parse(new ByteArrayInputStream(csv)));
    assertThat(refused).as("the file is refused").isNotNull();
    return refused.errors();
  }
}
