package org.breachresponse.directory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities a practice trusts for its directory, given as PEM text (one or more
 * {@code -----BEGIN CERTIFICATE-----} blocks, RFC 7468), parsed with the JDK's X.509 certificate factory.
 */
public final class CaCertificates {

  private CaCertificates() {
  }

  /**
   * Every certificate in {@code pem}.
   *
   * @throws CertificateException if the text holds no certificate or one that does not parse
   */
  public static List<X509Certificate> parse(String pem) throws CertificateException {
    if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
      throw new CertificateException("no -----BEGIN CERTIFICATE----- block");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    for (var certificate : factory.generateCertificates(
        new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)))) {
      certificates.add((X509Certificate) certificate);
    }
    if (certificates.isEmpty()) {
      throw new CertificateException("no certificate");
    }
    return certificates;
  }

  /**
   * Whether the certificate may sign others: the basic constraints say it is a CA (RFC 5280 §4.2.1.9, a
   * path length of 0 or more) and, if it has a key usage extension, that allows keyCertSign (§4.2.1.3).
   */
  public static boolean isCertificateAuthority(X509Certificate certificate) {
    boolean[] usage = certificate.getKeyUsage();
    boolean mayCertSign = usage == null || (usage.length > 5 && usage[5]);
    return certificate.getBasicConstraints() >= 0 && mayCertSign;
  }

  /** A trust manager that accepts exactly the chains ending in one of these certificates. */
  static TrustManager trustManager(String pem) throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (java.io.IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
    int i = 0;
    for (X509Certificate certificate : parse(pem)) {
      store.setCertificateEntry("practice-ca-" + i++, certificate);
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager) {
        return manager;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager");
  }
}
