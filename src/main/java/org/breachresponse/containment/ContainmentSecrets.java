package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import org.breachresponse.practice.SecretBox;

/** The server's one {@link SecretBox}, read (or its key file created) on first use. */
@ApplicationScoped
public class ContainmentSecrets {

  private SecretBox box;

  public synchronized SecretBox box() {
    if (box == null) {
      box = SecretBox.fromSystemProperties();
    }
    return box;
  }
}
