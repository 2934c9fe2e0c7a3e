package org.breachresponse.directory;

import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.NameResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Resolves one host name to 127.0.0.1 inside the LDAP SDK and every other name as the JVM would: the test
 * domain controller's certificate names a host no DNS here knows, and its name is verified, not skipped.
 */
final class LoopbackResolver extends NameResolver {

  private final String host;

  LoopbackResolver(String host) {
    this.host = host;
  }

  @Override
  public InetAddress getByName(String name) throws UnknownHostException {
    if (host.equalsIgnoreCase(name)) {
      return InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
    }
    return LDAPConnectionOptions.DEFAULT_NAME_RESOLVER.getByName(name);
  }

  @Override
  public InetAddress[] getAllByName(String name) throws UnknownHostException {
    if (host.equalsIgnoreCase(name)) {
      return new InetAddress[] {getByName(name)};
    }
    return LDAPConnectionOptions.DEFAULT_NAME_RESOLVER.getAllByName(name);
  }

  @Override
  public void toString(StringBuilder buffer) {
    buffer.append("LoopbackResolver(").append(host).append(" -> 127.0.0.1)");
  }
}
