package org.breachresponse.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.Problem;

/**
 * Requests to {@code /api/breach} that RESTEasy cannot even read: a {@code Content-Type} that is not a media type,
 * or a path or query parameter whose percent-encoded bytes are not UTF-8. RESTEasy answers those with the
 * container's HTML error page; this filter answers them first, as every other refusal of our API, with a problem
 * document naming the header, {@code path}, or the query parameter.
 */
public class RequestSyntaxFilter extends HttpFilter {

  private static final ObjectMapper JSON = JsonSettings.strict();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    FieldError error = contentTypeError(request.getContentType());
    if (error == null && !isUtf8(request.getRequestURI())) {
      error = new FieldError("path", "has percent-encoded bytes that are not UTF-8 text");
    }
    if (error == null && request.getQueryString() != null) {
      error = queryError(request.getQueryString());
    }
    if (error == null) {
      chain.doFilter(request, response);
      return;
    }
    int status = error.field().equals("Content-Type") ? 415 : 400;
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), new Problem("about:blank",
        status == 415 ? "Unsupported Media Type" : "Bad Request", status, error.toString(), List.of(error)));
  }

  private static FieldError contentTypeError(String contentType) {
    if (contentType == null) {
      return null;
    }
    try {
      MediaType.valueOf(contentType);
      return null;
    } catch (IllegalArgumentException e) {
      return new FieldError("Content-Type", "is not a media type; send application/json (text/csv for the affected individuals)");
    }
  }

  private static FieldError queryError(String query) {
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (!isUtf8(parameter)) {
        return new FieldError(isUtf8(name) ? decoded(name) : "query", "has percent-encoded bytes that are not UTF-8 text");
      }
    }
    return null;
  }

  /** Whether the percent-encoded bytes of {@code raw} are UTF-8 (a stray {@code %} is left to the resource). */
  static boolean isUtf8(String raw) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(raw)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String decoded(String raw) {
    return new String(bytes(raw), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toByteArray();
  }
}
