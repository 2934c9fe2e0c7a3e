package org.breachresponse.containment;

import com.unboundid.ldap.sdk.DN;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachresponse.directory.CaCertificates;
import org.breachresponse.input.FieldError;

/** The checks a practice's directory and EDR settings share; each adds a {@link FieldError} naming its field. */
final class IntegrationFields {

  static final int URL_LENGTH = 300;
  static final int DN_LENGTH = 500;
  static final int SECRET_LENGTH = 1000;
  static final int CA_LENGTH = 20_000;

  private final List<FieldError> errors;

  IntegrationFields(List<FieldError> errors) {
    this.errors = errors;
  }

  /** The enum constant named exactly {@code text}; null (and an error) otherwise. */
  <E extends Enum<E>> E kind(String text, Class<E> kinds) {
    String names = Arrays.stream(kinds.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (text == null || text.isBlank()) {
      errors.add(new FieldError("kind", "is required: one of " + names));
      return null;
    }
    for (E kind : kinds.getEnumConstants()) {
      if (kind.name().equals(text.strip())) {
        return kind;
      }
    }
    errors.add(new FieldError("kind", "must be one of " + names + ", not '" + shortened(text) + "'"));
    return null;
  }

  boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return false;
    }
    return true;
  }

  /** A URL with one of {@code schemes} and a host; {@code value} may be null only if not {@code required}. */
  void url(String field, String value, boolean required, Set<String> schemes) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return;
    }
    String allowed = schemes.stream().sorted().map(s -> s + "://").collect(Collectors.joining(" or "));
    if (value.strip().length() > URL_LENGTH) {
      errors.add(new FieldError(field, "must be at most " + URL_LENGTH + " characters"));
      return;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!schemes.contains(scheme)) {
        errors.add(new FieldError(field, "must start with " + allowed));
      } else if (uri.getHost() == null || uri.getHost().isBlank()) {
        errors.add(new FieldError(field, "must name a host, e.g. " + schemes.iterator().next() + "://host.example"));
      } else if (uri.getUserInfo() != null) {
        errors.add(new FieldError(field, "must not carry a user name or password"));
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError(field, "is not a URL (" + allowed + "host): " + e.getReason()));
    }
  }

  /** A required distinguished name (RFC 4514), checked with UnboundID's parser. */
  void dn(String field, String value) {
    if (!required(field, value)) {
      return;
    }
    if (value.strip().length() > DN_LENGTH) {
      errors.add(new FieldError(field, "must be at most " + DN_LENGTH + " characters"));
    } else if (!DN.isValidDN(value.strip())) {
      errors.add(new FieldError(field, "is not a distinguished name, e.g. OU=Quarantine,DC=practice,DC=local"));
    }
  }

  /** A secret: when given, not blank and not too long; when left out, one must be stored already. */
  void secret(String field, String value, boolean stored) {
    if (value == null) {
      if (!stored) {
        errors.add(new FieldError(field, "is required: none is stored yet"));
      }
      return;
    }
    if (value.isBlank()) {
      errors.add(new FieldError(field, "must not be blank; leave it out to keep the stored one"));
    } else if (value.length() > SECRET_LENGTH) {
      errors.add(new FieldError(field, "must be at most " + SECRET_LENGTH + " characters"));
    }
  }

  /** Optional PEM text: every certificate parses as X.509 and is a certificate authority. */
  void caCertificate(String field, String pem) {
    if (pem == null || pem.isBlank()) {
      return;
    }
    if (pem.length() > CA_LENGTH) {
      errors.add(new FieldError(field, "must be at most " + CA_LENGTH + " characters"));
      return;
    }
    try {
      for (X509Certificate certificate : CaCertificates.parse(pem)) {
        if (!CaCertificates.isCertificateAuthority(certificate)) {
          errors.add(new FieldError(field, "is not a certificate authority (" + certificate.getSubjectX500Principal()
              + "): give the CA that signed the directory's certificate, not the directory's own certificate"));
          return;
        }
      }
    } catch (CertificateException e) {
      errors.add(new FieldError(field, "is not a PEM X.509 certificate (-----BEGIN CERTIFICATE----- …)"));
    }
  }

  /** A short token such as a tenant id: letters, digits, dot and hyphen. */
  void name(String field, String value, int length) {
    if (value != null && !value.isBlank()
        && (value.strip().length() > length || !value.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]*"))) {
      errors.add(new FieldError(field, "must be at most " + length + " letters, digits, dots and hyphens"));
    }
  }

  void length(String field, String value, int length) {
    if (value != null && value.strip().length() > length) {
      errors.add(new FieldError(field, "must be at most " + length + " characters"));
    }
  }

  private static String shortened(String text) {
    String stripped = text.strip();
    return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
  }
}
