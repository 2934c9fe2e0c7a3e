package org.breachresponse.containment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.breachresponse.directory.DirectorySettings;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.practice.DirectoryConnection;

/**
 * The body of {@code PUT /practices/{id}/directory}. {@code bindPassword} is write-only: left out, the stored
 * one is kept; it is never part of {@link #toString()}.
 */
public record DirectorySettingsRequest(String kind, String url, String bindDn, String bindPassword, String baseDn,
    String quarantineOu, String quarantineGroup, String caCertificate) {

  /**
   * The connection to store, every field checked.
   *
   * @param passwordStored whether the practice already has a bind password, which a left-out one keeps
   * @throws InvalidInputException naming every wrong field
   */
  DirectoryConnection validated(boolean passwordStored) {
    List<FieldError> errors = new ArrayList<>();
    IntegrationFields fields = new IntegrationFields(errors);
    DirectorySettings.Kind chosen = fields.kind(kind, DirectorySettings.Kind.class);
    if (chosen == null) {
      InvalidInputException.ifAny(errors);
    }
    if (chosen == DirectorySettings.Kind.NONE) {
      return new DirectoryConnection(chosen.name(), null, null, null, null, null, null);
    }
    fields.url("url", url, true, Set.of("ldaps", "ldap"));
    fields.dn("bindDn", bindDn);
    fields.secret("bindPassword", bindPassword, passwordStored);
    fields.dn("baseDn", baseDn);
    fields.dn("quarantineOu", quarantineOu);
    fields.dn("quarantineGroup", quarantineGroup);
    fields.caCertificate("caCertificate", caCertificate);
    InvalidInputException.ifAny(errors);
    return new DirectoryConnection(chosen.name(), url.strip(), bindDn.strip(), baseDn.strip(), quarantineOu.strip(),
        quarantineGroup.strip(), caCertificate == null || caCertificate.isBlank() ? null : caCertificate.strip() + "\n");
  }

  /** The new password to seal, or null to keep the stored one (and for kind NONE, which needs none). */
  String newPassword() {
    return "NONE".equals(kind == null ? null : kind.strip()) ? null : bindPassword;
  }

  @Override
  public String toString() {
    return "DirectorySettingsRequest[" + kind + " " + url + " as " + bindDn + "]";
  }
}
