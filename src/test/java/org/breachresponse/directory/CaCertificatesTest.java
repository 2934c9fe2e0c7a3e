package org.breachresponse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * A practice's CA as PEM text (src/test/resources/certificates: a test CA and a directory certificate it signed,
 * made once with openssl, keys discarded).
 */
class CaCertificatesTest {

  private static final String CA = resource("/certificates/test-ca.pem");
  private static final String SERVER = resource("/certificates/directory-server.pem");

  @Test
  void theTrustManagerAcceptsTheCertificatesThePracticesCaSigned() throws Exception {
    X509TrustManager trust = (X509TrustManager) CaCertificates.trustManager(CA);
    X509Certificate server = CaCertificates.parse(SERVER).get(0);

    trust.checkServerTrusted(new X509Certificate[] {server}, "ECDHE_ECDSA");
    assertThat(trust.getAcceptedIssuers()).extracting(c -> c.getSubjectX500Principal().getName())
        .containsExactly("CN=Breach Response test CA");
  }

  @Test
  void theTrustManagerOfAnotherCaRefusesThem() throws Exception {
    X509TrustManager trust = (X509TrustManager) CaCertificates.trustManager(SERVER);
    X509Certificate ca = CaCertificates.parse(CA).get(0);

    assertThatThrownBy(() -> trust.checkServerTrusted(new X509Certificate[] {ca}, "ECDHE_ECDSA"))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void onlyTheCaIsACertificateAuthority() throws Exception {
    assertThat(CaCertificates.isCertificateAuthority(CaCertificates.parse(CA).get(0))).isTrue();
    assertThat(CaCertificates.isCertificateAuthority(CaCertificates.parse(SERVER).get(0))).isFalse();
  }

  @Test
  void textWithoutACertificateIsRefused() {
    assertThatThrownBy(() -> CaCertificates.parse("hello")).isInstanceOf(CertificateException.class);
    assertThatThrownBy(() -> CaCertificates.parse(null)).isInstanceOf(CertificateException.class);
  }

  @Test
  void severalCertificatesAreAllRead() throws Exception {
    assertThat(CaCertificates.parse(CA + SERVER)).hasSize(2);
  }

  private static String resource(String name) {
    try (InputStream in = CaCertificatesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
