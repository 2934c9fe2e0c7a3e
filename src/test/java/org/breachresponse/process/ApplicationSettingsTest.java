package org.breachresponse.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node's name: the operator's, else WildFly's node name, else the host name; nothing that cannot be a lock owner. */
class ApplicationSettingsTest {

  @AfterEach
  void clear() {
    System.clearProperty("breach.node.name");
    System.clearProperty("jboss.node.name");
  }

  @Test
  void theOperatorsNodeNameIsTaken() {
    System.setProperty("breach.node.name", " node-a ");
    System.setProperty("jboss.node.name", "wildfly-host");

    assertThat(ApplicationSettings.fromSystemProperties().nodeName()).isEqualTo("node-a");
  }

  @Test
  void withoutItWildFlysNodeNameIsTaken() {
    System.setProperty("jboss.node.name", "wildfly-host");

    assertThat(ApplicationSettings.fromSystemProperties().nodeName()).isEqualTo("wildfly-host");
  }

  @Test
  void outsideWildFlyTheHostNameIsTaken() throws Exception {
    assertThat(ApplicationSettings.nodeNameFromSystemProperties()).isEqualTo(InetAddress.getLocalHost().getHostName());
  }

  @Test
  void aNameThatCannotBeALockOwnerStopsTheStartNamingTheVariable() {
    System.setProperty("breach.node.name", "node a; drop");

    assertThatThrownBy(ApplicationSettings::fromSystemProperties)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BREACH_NODE_NAME")
        .hasMessageContaining("'node a; drop'");
  }
}
