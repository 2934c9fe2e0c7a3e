package org.breachresponse.alerting;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.input.PlainText;

/**
 * The body of {@code POST /practices/{id}/alert-channels}. {@code url} is the webhook (for PagerDuty optional: the
 * Events API v2 endpoint, {@value #PAGERDUTY_EVENTS}, or its EU twin); {@code routingKey} is PagerDuty's integration
 * key; {@code secret} the HMAC key of a signed JSON webhook. All three are write-only (a Teams or Slack webhook URL
 * is a credential: whoever has it can post into the channel) and none is part of {@link #toString()}.
 */
public record AlertChannelRequest(String kind, String name, String url, String routingKey, String secret) {

  static final String PAGERDUTY_EVENTS = "https://events.pagerduty.com/v2/enqueue";
  static final int NAME_LENGTH = 100;
  static final int URL_LENGTH = 1000;
  /** The longest DNS name (RFC 1035): scheme, host and port then fit the shown address's 300 characters. */
  static final int HOST_LENGTH = 253;
  static final int SECRET_MIN = 32;
  static final int SECRET_MAX = 200;

  /** What is stored: {@code address} and {@code secret} are sealed, {@code shownAddress} is scheme and host. */
  record Checked(AlertChannelKind kind, String name, String address, String shownAddress, String secret) {

    @Override
    public String toString() {
      return "Checked[" + kind + " " + name + " " + shownAddress + "]";
    }
  }

  /** @throws InvalidInputException naming every wrong field */
  Checked checked() {
    List<FieldError> errors = new ArrayList<>();
    AlertChannelKind chosen = kind(errors);
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      errors.add(new FieldError("name", "is required: e.g. \"On-call Teams channel\""));
    } else if (cleanName.length() > NAME_LENGTH || !PlainText.isPlainText(cleanName)
        || cleanName.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", "must be one line of at most " + NAME_LENGTH + " characters"));
    }
    if (chosen == null) {
      InvalidInputException.ifAny(errors);
    }
    String address = chosen == AlertChannelKind.PAGERDUTY && (url == null || url.isBlank()) ? PAGERDUTY_EVENTS : url;
    URI uri = url(address, errors);
    String cleanSecret = null;
    if (chosen == AlertChannelKind.PAGERDUTY) {
      cleanSecret = routingKey == null ? null : routingKey.strip();
      if (cleanSecret == null || !cleanSecret.matches("[A-Za-z0-9]{32}")) {
        errors.add(new FieldError("routingKey", "is required: the 32-character integration key of the PagerDuty"
            + " service's Events API v2 integration"));
      }
    } else if (chosen == AlertChannelKind.SIGNED_JSON) {
      cleanSecret = secret;
      if (secret == null || secret.strip().length() < SECRET_MIN || secret.length() > SECRET_MAX
          || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        errors.add(new FieldError("secret", "is required: " + SECRET_MIN + " to " + SECRET_MAX
            + " printable ASCII characters without spaces (e.g. openssl rand -hex 32), the receiver's HMAC key"));
      }
    }
    InvalidInputException.ifAny(errors);
    return new Checked(chosen, cleanName, uri.toString(), uri.getScheme() + "://" + uri.getAuthority(), cleanSecret);
  }

  private AlertChannelKind kind(List<FieldError> errors) {
    String allowed = String.join(", ", Arrays.stream(AlertChannelKind.values()).map(Enum::name).toList());
    if (kind == null || kind.isBlank()) {
      errors.add(new FieldError("kind", "is required: one of " + allowed));
      return null;
    }
    try {
      return AlertChannelKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("kind", "must be one of " + allowed));
      return null;
    }
  }

  /**
   * An https URL, or http to this machine only (a relay on the server itself): a webhook's address and what it
   * carries never cross the network in clear text.
   */
  private static URI url(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError("url", "is required: the webhook's https:// address"));
      return null;
    }
    if (value.strip().length() > URL_LENGTH) {
      errors.add(new FieldError("url", "must be at most " + URL_LENGTH + " characters"));
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || uri.getHost().isBlank() || uri.getUserInfo() != null) {
        errors.add(new FieldError("url", "must be an https:// address with a host and no user name"));
      } else if (uri.getHost().length() > HOST_LENGTH) {
        errors.add(new FieldError("url", "names a host longer than a DNS name can be (" + HOST_LENGTH + ")"));
      } else if (!scheme.equals("https") && !(scheme.equals("http") && loopback(uri.getHost()))) {
        errors.add(new FieldError("url", "must start with https:// (http:// only to this server itself)"));
      } else {
        return uri;
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError("url", "is not a URL: " + e.getReason()));
    }
    return null;
  }

  private static boolean loopback(String host) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:]*")) {
      return false; // a name is not looked up here: only literal addresses count as this machine
    }
    try {
      return InetAddress.getByName(bare).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "AlertChannelRequest[" + kind + " " + name + "]";
  }
}
