package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.DirectoryConnection;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /practices/{id}/directory}'s checks, one field at a time. The certificates are fixtures made once
 * with openssl (src/test/resources/certificates; their keys were discarded): a CA, and a server certificate it
 * signed, which is not a CA.
 */
class DirectorySettingsRequestTest {

  static final String CA = resource("/certificates/test-ca.pem");
  static final String SERVER_CERTIFICATE = resource("/certificates/directory-server.pem");

  private static DirectorySettingsRequest valid() {
    return new DirectorySettingsRequest("OPENLDAP", "ldaps://ldap.practice-b.test:636", "cn=breach,ou=services,dc=b,dc=test",
        "service-password", "dc=b,dc=test", "ou=quarantine,dc=b,dc=test", "cn=quarantined,ou=groups,dc=b,dc=test", CA);
  }

  private static DirectorySettingsRequest with(String field, String value) {
    DirectorySettingsRequest v = valid();
    return new DirectorySettingsRequest(
        field.equals("kind") ? value : v.kind(), field.equals("url") ? value : v.url(),
        field.equals("bindDn") ? value : v.bindDn(), field.equals("bindPassword") ? value : v.bindPassword(),
        field.equals("baseDn") ? value : v.baseDn(), field.equals("quarantineOu") ? value : v.quarantineOu(),
        field.equals("quarantineGroup") ? value : v.quarantineGroup(),
        field.equals("caCertificate") ? value : v.caCertificate());
  }

  @Test
  void validSettingsBecomeTheConnectionToStoreWithoutThePassword() {
    DirectoryConnection connection = valid().validated(false);

    assertThat(connection.kind()).isEqualTo("OPENLDAP");
    assertThat(connection.url()).isEqualTo("ldaps://ldap.practice-b.test:636");
    assertThat(connection.quarantineGroup()).isEqualTo("cn=quarantined,ou=groups,dc=b,dc=test");
    assertThat(connection.caCertificate()).contains("-----BEGIN CERTIFICATE-----");
    assertThat(connection.toString()).doesNotContain("service-password");
    assertThat(valid().toString()).doesNotContain("service-password");
    assertThat(valid().newPassword()).isEqualTo("service-password");
  }

  @Test
  void theKindIsOneOfTheDirectoryProducts() {
    assertRefused(with("kind", "SAMBA"), "kind", "must be one of ACTIVE_DIRECTORY, OPENLDAP, NONE");
    assertRefused(with("kind", null), "kind", "is required");
  }

  @Test
  void kindNoneNeedsNothingElseAndKeepsNoPassword() {
    DirectorySettingsRequest none = new DirectorySettingsRequest("NONE", null, null, "ignored", null, null, null, null);

    assertThat(none.validated(false)).isEqualTo(new DirectoryConnection("NONE", null, null, null, null, null, null));
    assertThat(none.newPassword()).isNull();
  }

  @Test
  void theUrlIsLdapOrLdapsWithAHost() {
    assertRefused(with("url", "https://dc1.practice.test"), "url", "must start with ldap:// or ldaps://");
    assertRefused(with("url", "ldaps:///dc=b"), "url", "must name a host");
    assertRefused(with("url", "ldap://dc 1"), "url", "is not a URL");
    assertRefused(with("url", " "), "url", "is required");
    assertThat(with("url", "ldap://dc1.practice.test:389").validated(false).url()).isEqualTo("ldap://dc1.practice.test:389");
  }

  @Test
  void everyDnIsADistinguishedName() {
    for (String field : new String[] {"bindDn", "baseDn", "quarantineOu", "quarantineGroup"}) {
      assertRefused(with(field, "quarantine"), field, "is not a distinguished name");
      assertRefused(with(field, null), field, "is required");
    }
  }

  @Test
  void thePasswordIsRequiredUntilOneIsStoredAndALeftOutOneKeepsIt() {
    assertRefused(with("bindPassword", null), "bindPassword", "is required: none is stored yet");
    assertRefused(with("bindPassword", " "), "bindPassword", "must not be blank");

    DirectorySettingsRequest keep = with("bindPassword", null);
    assertThat(keep.validated(true).kind()).isEqualTo("OPENLDAP");
    assertThat(keep.newPassword()).isNull();
  }

  @Test
  void theCaCertificateParsesAndIsACertificateAuthority() {
    assertRefused(with("caCertificate", "not a certificate"), "caCertificate", "is not a PEM X.509 certificate");
    assertRefused(with("caCertificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
        "caCertificate", "is not a PEM X.509 certificate");
    assertRefused(with("caCertificate", SERVER_CERTIFICATE), "caCertificate", "is not a certificate authority");
    assertThat(with("caCertificate", null).validated(false).caCertificate()).as("the JVM's CAs").isNull();
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    DirectorySettingsRequest wrong = new DirectorySettingsRequest("ACTIVE_DIRECTORY", "http://x", "x", null, "y",
        "z", "w", "pem");

    assertThatThrownBy(() -> wrong.validated(false)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("url", "bindDn", "bindPassword", "baseDn",
            "quarantineOu", "quarantineGroup", "caCertificate"));
  }

  static void assertRefused(DirectorySettingsRequest request, String field, String message) {
    assertThatThrownBy(() -> request.validated(false)).as(field)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .singleElement().satisfies(error -> {
              assertThat(error.field()).isEqualTo(field);
              assertThat(error.message()).contains(message);
            }));
  }

  static String resource(String name) {
    try (InputStream in = DirectorySettingsRequestTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
