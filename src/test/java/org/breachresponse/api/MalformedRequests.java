package org.breachresponse.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The corpus of malformed requests {@link MalformedRequestIT} sends, generated from a description of each
 * endpoint of our API: every field with a valid value and the values that must be refused. A request differs
 * from a valid one in exactly one place (a field, the body as a whole, a path or query parameter, a header),
 * and that place is the field the answer must name. {@code {reference}} in a path is the test's incident.
 */
final class MalformedRequests {

  /** One request: who sends it, what, and the field the problem must name (either of {@code a|b}). */
  record MalformedRequest(String name, String user, String method, String path, String contentType, String accept,
      byte[] body, String field) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** A JSON field: its valid value and the bad values, each a JSON literal. */
  record Field(String name, String valid, List<String> bad) {
  }

  static final String FIVE_MB = "x".repeat(5 * 1024 * 1024);
  private static final String DEEP = "[".repeat(100_000) + "]".repeat(100_000);

  /** Strings no field of ours takes as a date, a code, a number or a name of something we know. */
  static final List<String> HOSTILE = List.of("' OR 1=1--", "1; DROP TABLE incident;--", "*)(uid=*", "admin)(|(cn=*",
      "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "{{7*7}}",
      "../../../../etc/passwd", "a\r\nX-Injected: 1", "\u202eTX", "T\u200bX", "\u0000", "\ud800", "\uFEFF",
      "😀", "ＴＸ", "%00", "null", "undefined", "NaN", "-1", "9".repeat(40));
  /** JSON values of the wrong type for a string field. */
  private static final List<String> NOT_TEXT = List.of("123", "-1.5e300", "true", "[]", "[\"x\"]", "{}",
      "{\"$ne\": null}");
  /** Strings that are not text a person typed: control characters, broken UTF-16, direction overrides. */
  private static final List<String> BROKEN_TEXT = List.of("a\\u0000b", "\\u0000", "\\ud800", "x\\udc00y",
      "\\udbff\\udbff", "\\u202egnp.exe", "bell\\u0007", "\\u001b[31mred", "\\u2066isolate\\u2069", "\\uffff");
  private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10",
      "2026-04-31", "2026-01-32", "yesterday", "today", "26-01-01", "2026/01/01", "01/02/2026", "2026-1-1",
      "20260101", "２０２６-０１-０１", "2026-01-01\\u200b", " 2026-01-01x", "\\u202e2026-01-01",
      "-999999999-01-01", "+999999999-12-31", "0000-01-01", "1900-01-01", "9999-12-31", "2026-01-01T25:00",
      "' OR 1=1--", "*)(uid=*", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "2026-01-01\\r\\nX: 1");
  private static final List<String> NOT_DATES = List.of("20260101", "1.5", "true", "{}", "[\"2026-01-01\"]",
      "[2026, 2, 30]");
  private static final List<String> NOT_BOOLEANS = List.of("\"true\"", "\"false\"", "\"yes\"", "1", "0", "\"\"",
      "[]", "{}", "[true]");
  private static final List<String> UNKNOWN_FIELDS = List.of("patientName", "reportedby", "__proto__", "@type",
      "$where", "class");
  private static final List<String> BAD_BODIES = List.of("", "null", "[]", "[{}]", "42", "\"text\"", "true",
      "{", "}", "{\"a\":", "{\"a\": 1,}", "{'a': 1}", "{a: 1}", "{} {}", "{}x", "/* comment */ {}", "NaN",
      "{\"a\" 1}", "\u0000", "<?xml version=\"1.0\"?><a/>", "a=1&b=2");

  private MalformedRequests() {
  }

  static List<MalformedRequest> all() {
    List<MalformedRequest> all = new ArrayList<>();
    all.addAll(json("report", "front-desk", "POST", "api/breach/incidents", List.of(
        text("reportedBy", "Maria, reception", 200, true),
        date("discoveryDate", "2026-11-27", true, List.of("2999-01-01")),
        new Field("signs", "[\"UNUSUAL_NETWORK_ACTIVITY\"]", concat(enumList("UNUSUAL_NETWORK_ACTIVITY"),
            List.of("[]", "null"))),
        text("otherSigns", "\"\"", 500, false),
        text("description", "The reception PC talks to an unknown server at night", 4000, true))));
    all.addAll(json("custody", "it-responder", "POST", "api/breach/incidents/{reference}/evidence/1/custody", List.of(
        text("from", "Sam Lee", 200, true),
        text("to", "Det. Ramirez", 200, true),
        new Field("at", "\"2026-12-02T10:00-06:00\"", concat(quoted(BAD_DATES), List.of("null", "\"\"",
            "\"2026-12-02T10:00\"", "\"2026-12-02T10:00[Mars/Olympus]\"", "\"2026-12-02T10:00+25:00\"",
            "\"+999999999-12-31T23:59Z\"", "\"-999999999-01-01T00:00Z\"", "1764662400", "true", "{}"))),
        text("location", "Austin PD evidence room", 500, true),
        text("purpose", "investigation", 500, true))));
    all.addAll(json("preview", "privacy-officer", "POST", "api/breach/obligations/preview", List.of(
        date("discoveryDate", "2026-04-06", true, List.of("2008-12-31")),
        date("determinationDate", "2026-04-08", false, List.of("2026-04-01")),
        enumValue("entityType", "COVERED_ENTITY", true),
        new Field("phiSecured", "false", concat(NOT_BOOLEANS, List.of("null"))),
        new Field("residents", "{\"TX\": 300, \"FL\": 12}", residents()),
        new Field("dataTypes", "[\"NAMES\"]", concat(enumList("NAMES"), List.of("\"NAMES\"", "[\"NAMES\", null]"))))));
    all.addAll(json("delay", "privacy-officer", "POST", "api/breach/incidents/{reference}/law-enforcement-delay", List.of(
        enumValue("form", "WRITTEN", true),
        text("official", "Special Agent Doe", 200, true),
        text("agency", "FBI Austin field office", 200, true),
        text("statement", "Notice would impede the investigation", 4000, true),
        date("statedOn", "2026-05-01", true, List.of("2999-01-01", "2008-12-31")),
        date("until", "2026-08-01", true, List.of("2026-04-30", "2026-05-01", "2999-01-01")))));
    all.addAll(csv());
    all.addAll(queries());
    all.addAll(pathParameters());
    return all;
  }

  /** Every bad value of every field, the field missing, unknown fields, bad bodies, wrong types of content. */
  private static List<MalformedRequest> json(String endpoint, String user, String method, String path, List<Field> fields) {
    List<MalformedRequest> requests = new ArrayList<>();
    for (Field field : fields) {
      for (String bad : field.bad()) {
        requests.add(request(endpoint + " " + field.name() + "=" + abbreviated(bad), user, method, path,
            body(fields, field.name(), bad), field.name()));
      }
    }
    for (String unknown : UNKNOWN_FIELDS) {
      Map<String, String> values = values(fields);
      values.put(unknown, "\"x\"");
      requests.add(request(endpoint + " unknown field '" + unknown + "'", user, method, path, object(values), unknown));
    }
    String valid = object(values(fields));
    for (String bad : BAD_BODIES) {
      // An empty body is no JSON at all, or (as RESTEasy reads it for some types) every field missing.
      requests.add(request(endpoint + " body " + abbreviated(bad), user, method, path, bad,
          bad.isEmpty() ? "body|" + fields.get(0).name() : "body"));
    }
    requests.add(request(endpoint + " body nested 100000 deep", user, method, path, DEEP, "body"));
    requests.add(request(endpoint + " body cut in half", user, method, path, valid.substring(0, valid.length() / 2), "body"));
    requests.add(request(endpoint + " body twice", user, method, path, valid + valid, "body"));
    requests.add(request(endpoint + " body with a duplicate field", user, method, path,
        valid.replaceFirst("^\\{", "{\"" + fields.get(0).name() + "\": " + fields.get(0).valid() + ", "), "body"));
    requests.add(request(endpoint + " body 5 MB of garbage", user, method, path, FIVE_MB, "body"));
    requests.add(new MalformedRequest(endpoint + " body not UTF-8", user, method, path, "application/json",
        null, valid.replaceFirst(":", ": \"\u00e9\",\"x\":").getBytes(StandardCharsets.ISO_8859_1), "body"));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "text/csv", "application/octet-stream", "application/javascript",
        "text/html; charset=utf-8", "none", "application/json-patch+json", "image/png", "*/*", ";;;")) {
      requests.add(new MalformedRequest(endpoint + " Content-Type " + type, user, method, path, type, null,
          valid.getBytes(StandardCharsets.UTF_8), "Content-Type"));
    }
    for (String accept : List.of("application/xml", "text/html", "image/png")) {
      requests.add(new MalformedRequest(endpoint + " Accept " + accept, user, method, path, "application/json", accept,
          valid.getBytes(StandardCharsets.UTF_8), "Accept"));
    }
    return requests;
  }

  /** The affected individuals' list: a valid header and row, each column spoilt in turn. */
  private static List<MalformedRequest> csv() {
    String header = "name,postal_address,state,email,email_consent\n";
    Map<String, List<String>> badCells = new LinkedHashMap<>();
    badCells.put("name", List.of("", "   ", "a\u0000b", "bell\u0007", "x".repeat(201), "😀".repeat(101), "tab\there"));
    badCells.put("postal_address", List.of("\"" + "x".repeat(501) + "\"", "\"1 Main St\u0000\"", "\"esc\u001b[31m\""));
    badCells.put("state", concat(List.of("", "XX", "Texas", "T", "TXX", "12", "\"TX\u0000\"", "T\u200bX", "\u202eXT",
        "ＴＸ", "\"' OR 1=1--\"", "*)(uid=*", "\"<script>alert(1)</script>\"", "${jndi:ldap://x/a}"), List.of()));
    badCells.put("email", List.of("not-an-email", "a@b", "a@@b.test", "\"a@b.test\r\nBcc: x@y.test\"",
        "\"<script>@x.test\"", "\"Pat <pat@x.test>\"", "x".repeat(250) + "@x.test", "pat@x.test.", "pat @x.test",
        "\"*)(uid=*@x.test\"", "\"pat@x.test, sam@x.test\""));
    badCells.put("email_consent", List.of("maybe", "yes please", "2", "\"' OR 1=1--\"", "ja", "\"\u0000\""));
    Map<String, String> valid = new LinkedHashMap<>();
    valid.put("name", "Pat Doe");
    valid.put("postal_address", "\"1 Main St, Austin, TX 78701\"");
    valid.put("state", "TX");
    valid.put("email", "pat@example.test");
    valid.put("email_consent", "yes");
    List<MalformedRequest> requests = new ArrayList<>();
    String path = "api/breach/incidents/{reference}/individuals";
    badCells.forEach((column, cells) -> cells.forEach(cell -> {
      Map<String, String> row = new LinkedHashMap<>(valid);
      row.put(column, cell);
      String field = "line 2: " + column;
      requests.add(csvRequest("individuals " + column + "=" + abbreviated(cell), path,
          header + String.join(",", row.values()) + "\n", field));
    }));
    String row = String.join(",", valid.values()) + "\n";
    requests.add(csvRequest("individuals email consent without e-mail", path,
        header + "Pat Doe,\"1 Main St\",TX,,yes\n", "line 2: email"));
    for (String badHeader : List.of("", "name,state\n", "name,postal_address,state,email\n",
        "nom,postal_address,state,email,email_consent\n", "name,name,postal_address,state,email,email_consent\n",
        "\"name,postal_address,state,email,email_consent\n", "name;postal_address;state;email;email_consent\n",
        "<script>,postal_address,state,email,email_consent\n", "name\u0000,postal_address,state,email,email_consent\n")) {
      requests.add(csvRequest("individuals header " + abbreviated(badHeader), path, badHeader + row,
          badHeader.startsWith("\"") ? "line 1: row" : badHeader.startsWith("name,") && badHeader.split(",").length < 5
              ? "line 2: row" : "line 1: header"));
    }
    requests.add(csvRequest("individuals unbalanced quote", path, header + "Pat Doe,\"1 Main St,TX,pat@example.test,yes\n",
        "line 2: row"));
    requests.add(csvRequest("individuals 5 MB of bad rows", path,
        header + "Pat Doe,,XX,,no\n".repeat(5 * 1024 * 1024 / 16), "file"));
    requests.add(csvRequest("individuals 1 MB of bad rows", path,
        header + "Pat Doe,,XX,,no\n".repeat(1024 * 1024 / 16), "line 2: state"));
    requests.add(new MalformedRequest("individuals not UTF-8", "privacy-officer", "PUT", path, "text/csv", null,
        (header + "Ren\u00e9 Doe,,TX,,no\n").getBytes(StandardCharsets.ISO_8859_1), "file"));
    requests.add(new MalformedRequest("individuals lone surrogate as CESU-8", "privacy-officer", "PUT", path, "text/csv",
        null, concat(header.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        ",,TX,,no\n".getBytes(StandardCharsets.UTF_8)), "file"));
    for (String type : List.of("application/json", "application/xml", "application/octet-stream", "none",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded")) {
      requests.add(new MalformedRequest("individuals Content-Type " + type, "privacy-officer", "PUT", path, type, null,
          (header + row).getBytes(StandardCharsets.UTF_8), "Content-Type"));
    }
    return requests;
  }

  /** Query parameters: the list's page and size, the annual log's year. */
  private static List<MalformedRequest> queries() {
    List<MalformedRequest> requests = new ArrayList<>();
    List<String> notNumbers = concat(HOSTILE, List.of("", " ", "abc", "1.5", "1e3", "0x10", "+-1", "１",
        "99999999999", "2147483648"));
    for (String value : notNumbers) {
      requests.add(get("list page=" + abbreviated(value), "it-responder", "api/breach/incidents?page=" + encoded(value),
          "page"));
      requests.add(get("list size=" + abbreviated(value), "it-responder", "api/breach/incidents?size=" + encoded(value),
          "size"));
      requests.add(get("annual log year=" + abbreviated(value), "privacy-officer",
          "api/breach/hhs-annual-log?year=" + encoded(value), "year"));
    }
    for (String size : List.of("0", "101", "-5")) {
      requests.add(get("list size=" + size, "it-responder", "api/breach/incidents?size=" + size, "size"));
    }
    for (String year : List.of("2008", "0000", "9999", "-2026", "20266", "2026.0", "２０２６")) {
      requests.add(get("annual log year=" + year, "privacy-officer", "api/breach/hhs-annual-log?year=" + encoded(year),
          "year"));
    }
    requests.add(get("annual log without year", "privacy-officer", "api/breach/hhs-annual-log", "year"));
    return requests;
  }

  /** Every endpoint with an incident's reference in its path, with references no incident has; ids that are not. */
  private static List<MalformedRequest> pathParameters() {
    Map<String, String> reads = new LinkedHashMap<>();
    reads.put("api/breach/incidents/%s", "it-responder");
    reads.put("api/breach/incidents/%s/timeline", "privacy-officer");
    reads.put("api/breach/incidents/%s/timeline.csv", "privacy-officer");
    reads.put("api/breach/incidents/%s/timeline.pdf", "privacy-officer");
    reads.put("api/breach/incidents/%s/hhs-worksheet", "privacy-officer");
    reads.put("api/breach/incidents/%s/individuals", "privacy-officer");
    reads.put("api/breach/incidents/%s/individuals/letters.pdf", "privacy-officer");
    reads.put("api/breach/incidents/%s/individuals/1/letter.pdf", "privacy-officer");
    reads.put("api/breach/incidents/%s/review-report.pdf", "privacy-officer");
    List<String> references = concat(List.of("BR-2026-9999", "BR-1999-0001", "br-2026-0001", "x".repeat(4000)), HOSTILE);
    List<MalformedRequest> requests = new ArrayList<>();
    for (String reference : references) {
      String segment = encoded(reference);
      String field = segment.contains("%ED%A0%80") ? "path" : "reference";
      reads.forEach((template, user) -> requests.add(new MalformedRequest(template.formatted("…") + " reference="
          + abbreviated(reference), user, "GET", template.formatted(segment), null, accepted(template), null, field)));
      requests.add(new MalformedRequest("e-mail notices reference=" + abbreviated(reference), "privacy-officer", "POST",
          "api/breach/incidents/" + segment + "/individuals/email-notices", "application/json", null, new byte[0],
          field));
    }
    List<String> notIds = concat(HOSTILE, List.of("abc", "1.5", "1e3", "0x10", "99999999999999999999", "１", " 1"));
    for (String id : notIds) {
      String field = encoded(id).contains("%ED%A0%80") ? "path" : "individualId";
      requests.add(new MalformedRequest("letter individualId=" + abbreviated(id), "privacy-officer", "GET",
          "api/breach/incidents/{reference}/individuals/" + encoded(id) + "/letter.pdf", null,
          "application/pdf, application/problem+json", null, field));
      requests.add(new MalformedRequest("custody itemId=" + abbreviated(id), "it-responder", "POST",
          "api/breach/incidents/{reference}/evidence/" + encoded(id) + "/custody", "application/json", null,
          """
          {"from": "Sam Lee", "to": "Det. Ramirez", "at": "2026-12-02T10:00-06:00", "location": "Austin PD",
           "purpose": "investigation"}""".getBytes(StandardCharsets.UTF_8), field.equals("path") ? "path" : "itemId"));
    }
    return requests;
  }

  /** What a client reading that endpoint asks for: its own type, or a problem. */
  private static String accepted(String template) {
    if (template.endsWith(".pdf")) {
      return "application/pdf, application/problem+json";
    }
    return template.endsWith(".csv") ? "text/csv, application/problem+json" : null;
  }

  static Field text(String name, String valid, int max, boolean required) {
    List<String> bad = new ArrayList<>(NOT_TEXT);
    BROKEN_TEXT.forEach(text -> bad.add("\"" + text + "\""));
    bad.add("\"" + "x".repeat(max + 1) + "\"");
    bad.add("\"" + "😀".repeat(max / 2 + 1) + "\"");
    bad.add("\"" + "\\u00e9".repeat(max + 1) + "\"");
    if (max >= 4000) {
      bad.add("\"" + FIVE_MB + "\"");
    }
    if (required) {
      bad.addAll(List.of("null", "\"\"", "\"   \"", "\"\\t\\n\"", "\"\\u200b\"", "MISSING"));
    }
    return new Field(name, valid.startsWith("\"") ? valid : "\"" + valid + "\"", bad);
  }

  static Field date(String name, String valid, boolean required, List<String> outOfRange) {
    List<String> bad = new ArrayList<>(quoted(BAD_DATES));
    bad.addAll(NOT_DATES);
    bad.addAll(quoted(outOfRange));
    if (required) {
      bad.addAll(List.of("null", "\"\"", "MISSING"));
    }
    return new Field(name, "\"" + valid + "\"", bad);
  }

  static Field enumValue(String name, String valid, boolean required) {
    List<String> bad = new ArrayList<>(quoted(List.of("", " ", "nope", valid.toLowerCase(), " " + valid, valid + " ",
        valid + "\\u0000", valid + "\\u200b", "\\u202e" + valid)));
    bad.addAll(quoted(HOSTILE.stream().map(MalformedRequests::jsonEscaped).toList()));
    bad.addAll(List.of("0", "1", "-1", "true", "[]", "[\"" + valid + "\"]", "{}"));
    if (required) {
      bad.addAll(List.of("null", "MISSING"));
    }
    return new Field(name, "\"" + valid + "\"", bad);
  }

  /** Bad lists of an enum: elements of the wrong type or unknown, and the list not a list. */
  static List<String> enumList(String valid) {
    List<String> bad = new ArrayList<>();
    bad.addAll(List.of("\"" + valid + "\"", "{}", "1", "true", "[0]", "[1]", "[true]", "[{}]", "[[]]", "[null]",
        "[\"\"]", "[\"" + valid.toLowerCase() + "\"]", "[\"" + valid + "\\u0000\"]"));
    HOSTILE.forEach(hostile -> bad.add("[\"" + jsonEscaped(hostile) + "\"]"));
    bad.add("[" + ("\"" + valid + "\", ").repeat(10_000) + "\"nope\"]");
    return bad;
  }

  private static List<String> residents() {
    List<String> bad = new ArrayList<>(List.of("{}", "[]", "null", "\"TX\"", "300", "[\"TX\", 300]",
        "{\"TX\": -1}", "{\"TX\": 0}", "{\"TX\": 50000001}", "{\"TX\": 1.5}", "{\"TX\": \"300\"}", "{\"TX\": null}",
        "{\"TX\": true}", "{\"TX\": []}", "{\"TX\": 99999999999}", "{\"TX\": 1e400}", "{\"\": 1}", "{\"tx\": 1}",
        "{\"XX\": 1}", "{\"Texas\": 1}", "MISSING"));
    HOSTILE.forEach(hostile -> bad.add("{\"" + jsonEscaped(hostile) + "\": 1}"));
    return bad;
  }

  private static Map<String, String> values(List<Field> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.forEach(field -> values.put(field.name(), field.valid()));
    return values;
  }

  private static String body(List<Field> fields, String name, String bad) {
    Map<String, String> values = values(fields);
    if ("MISSING".equals(bad)) {
      values.remove(name);
    } else {
      values.put(name, bad);
    }
    return object(values);
  }

  private static String object(Map<String, String> values) {
    return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static MalformedRequest request(String name, String user, String method, String path, String body,
      String field) {
    return new MalformedRequest(name, user, method, path, "application/json", null,
        body.getBytes(StandardCharsets.UTF_8), field);
  }

  private static MalformedRequest csvRequest(String name, String path, String body, String field) {
    return new MalformedRequest(name, "privacy-officer", "PUT", path, "text/csv", null,
        body.getBytes(StandardCharsets.UTF_8), field);
  }

  private static MalformedRequest get(String name, String user, String path, String field) {
    return new MalformedRequest(name, user, "GET", path, null, null, null, field);
  }

  private static List<String> quoted(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").toList();
  }

  /** A Java string as the inside of a JSON string literal (the JSON escapes, so broken UTF-16 survives). */
  static String jsonEscaped(String value) {
    StringBuilder escaped = new StringBuilder();
    value.chars().forEach(c -> {
      if (c == '"' || c == '\\') {
        escaped.append('\\').append((char) c);
      } else if (c < 0x20 || Character.isSurrogate((char) c)) {
        escaped.append(String.format("\\u%04x", c));
      } else {
        escaped.append((char) c);
      }
    });
    return escaped.toString();
  }

  /** A path segment or query value as a client would percent-encode it (a lone surrogate as its UTF-16 unit). */
  static String encoded(String value) {
    StringBuilder encoded = new StringBuilder();
    value.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        encoded.appendCodePoint(c);
      } else if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
        encoded.append("%ED%A0%80");
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    });
    return encoded.toString();
  }

  private static String abbreviated(String value) {
    String shown = jsonEscaped(value);
    return shown.length() > 40 ? shown.substring(0, 30) + "…(" + value.length() + " chars)" : shown;
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> all = new ArrayList<>();
    for (List<T> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
