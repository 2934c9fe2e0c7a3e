package org.breachresponse.practice;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The server's one {@link SecretBox}, for the directory and EDR secrets containment uses and the alert channels'
 * addresses and keys; read (or its key file created) on first use.
 */
@ApplicationScoped
public class PracticeSecrets {

  private SecretBox box;

  public synchronized SecretBox box() {
    if (box == null) {
      box = SecretBox.fromSystemProperties();
    }
    return box;
  }
}
