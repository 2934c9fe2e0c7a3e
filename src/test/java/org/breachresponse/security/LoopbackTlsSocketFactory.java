package org.breachresponse.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.net.SocketFactory;
import org.breachresponse.directory.SambaAdDc;

/**
 * {@link DirectoryTlsSocketFactory} that connects {@value SambaAdDc#HOST} to loopback: the test DC's certificate
 * names that host, which no DNS here resolves. Certificate and name are still checked against the DC's CA.
 */
public class LoopbackTlsSocketFactory extends DirectoryTlsSocketFactory {

  public static SocketFactory getDefault() {
    return new LoopbackTlsSocketFactory();
  }

  @Override
  protected InetAddress resolve(String host) throws UnknownHostException {
    if (SambaAdDc.HOST.equalsIgnoreCase(host)) {
      return InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
    }
    return InetAddress.getByName(host);
  }
}
