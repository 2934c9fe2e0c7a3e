package org.breachresponse.containment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.breachresponse.directory.ConnectionCheck;
import org.breachresponse.practice.DirectoryConnection;
import org.breachresponse.practice.EdrConnection;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeSecrets;
import org.breachresponse.practice.PracticeNotFoundException;
import org.breachresponse.practice.Practices;

/**
 * Stores a practice's directory or EDR settings, the secret sealed for that practice, and then tries them:
 * the settings are saved even if the test connection fails (an administrator may set a practice up before its
 * domain controller is reachable, or fix one field at a time); the answer names the setting that is wrong.
 */
@ApplicationScoped
public class PracticeIntegrations {

  @Inject
  private Practices practices;

  @Inject
  private PracticeSecrets secrets;

  @Inject
  private ContainmentAdapters adapters;

  /** @param password the new bind password, or null to keep the stored one */
  @Transactional
  public void connectDirectory(PracticeId id, DirectoryConnection connection, String password) {
    Practice practice = practices.find(id).orElseThrow(() -> new PracticeNotFoundException("id", id.value()));
    practice.connectDirectory(connection, password == null ? null : secrets.box().seal(id, password));
  }

  /** @param secret the new client secret, or null to keep the stored one */
  @Transactional
  public void connectEdr(PracticeId id, EdrConnection connection, String secret) {
    Practice practice = practices.find(id).orElseThrow(() -> new PracticeNotFoundException("id", id.value()));
    practice.connectEdr(connection, secret == null ? null : secrets.box().seal(id, secret));
  }

  /**
   * A test connection with the stored settings, through the adapter containment will use from now on (the
   * one of the new settings version; the old one's connections are closed). Null for kind NONE.
   */
  public ConnectionCheck checkDirectory(PracticeId id) {
    return adapters.directory(id.value()).map(configured -> configured.adapter().check()).orElse(null);
  }

  public ConnectionCheck checkEdr(PracticeId id) {
    return adapters.endpointProtection(id.value()).map(configured -> configured.adapter().check()).orElse(null);
  }
}
