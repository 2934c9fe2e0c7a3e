package org.breachresponse.practice;

import java.time.Instant;

/**
 * A practice as our API shows it. Its secrets (the directory bind password, the EDR client secret) are never
 * shown: only whether one is set.
 */
public record PracticeView(String id, String name, boolean active, String timeZone, String postalAddress,
    String tollFreeNumber, String email, String website, String privacyOfficer, String staffGroup,
    Instant createdAt, String createdBy, int version, DirectoryView directory, EdrView edr) {

  /** The directory connection containment uses, without its bind password. */
  public record DirectoryView(String kind, String url, String bindDn, String baseDn, String quarantineOu,
      String quarantineGroup, boolean caCertificateSet, boolean bindPasswordSet) {
  }

  /** The EDR connection containment uses, without its client secret. */
  public record EdrView(String kind, String apiBase, String tokenUrl, String tenant, String clientId,
      boolean clientSecretSet) {
  }

  static PracticeView of(Practice practice) {
    PracticeProfile profile = practice.profile();
    DirectoryConnection directory = practice.directory();
    EdrConnection edr = practice.edr();
    return new PracticeView(practice.id().value(), profile.name(), practice.active(), profile.timeZone(),
        profile.postalAddress(), profile.tollFreeNumber(), profile.email(), profile.website(),
        profile.privacyOfficer(), profile.staffGroup(), practice.createdAt(), practice.createdBy(), practice.version(),
        new DirectoryView(directory.kind(), directory.url(), directory.bindDn(), directory.baseDn(),
            directory.quarantineOu(), directory.quarantineGroup(), directory.caCertificate() != null,
            practice.hasDirectoryBindPassword()),
        new EdrView(edr.kind(), edr.apiBase(), edr.tokenUrl(), edr.tenant(), edr.clientId(),
            practice.hasEdrClientSecret()));
  }
}
