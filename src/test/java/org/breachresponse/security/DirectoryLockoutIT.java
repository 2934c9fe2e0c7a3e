package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.breachresponse.security.DirectoryStaff.DESK_TOM;
import static org.breachresponse.security.DirectoryStaff.IT_JANE;
import static org.breachresponse.security.DirectoryStaff.PASSWORD;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.breachresponse.directory.SambaAdDc;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins lock a directory account by the domain's own lockout policy: Camunda's login-attempt
 * settings count only the engine's own users, so with Active Directory it is the domain that locks.
 */
class DirectoryLockoutIT {

  private static final int THRESHOLD = 3;
  /** Active Directory's durations are negative counts of 100 ns: 30 minutes. */
  private static final String THIRTY_MINUTES = "-18000000000";

  private static ProcessEngine engine;
  private static IdentityService identity;

  @BeforeAll
  static void domainWithALockoutPolicy() throws LDAPException {
    SambaAdDc dc = SambaAdDc.fresh();
    DirectoryStaff.seed(dc);
    try (LDAPConnection connection = dc.connectAsAdministrator()) {
      connection.modify(SambaAdDc.BASE_DN,
          new Modification(ModificationType.REPLACE, "lockoutThreshold", Integer.toString(THRESHOLD)),
          new Modification(ModificationType.REPLACE, "lockoutDuration", THIRTY_MINUTES),
          new Modification(ModificationType.REPLACE, "lockOutObservationWindow", THIRTY_MINUTES));
    }
    engine = DirectoryIdentityIT.engine("directory-lockout", DirectoryStaff.settings(dc));
    identity = engine.getIdentityService();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void afterTooManyWrongPasswordsEvenTheRightOneIsRefusedAndOthersStillSignIn() {
    for (int attempt = 0; attempt < THRESHOLD; attempt++) {
      assertThat(identity.checkPassword(DESK_TOM, "guess-" + attempt)).isFalse();
    }

    assertThat(identity.checkPassword(DESK_TOM, PASSWORD)).as("locked out").isFalse();
    assertThat(identity.checkPassword(IT_JANE, PASSWORD)).isTrue();
  }
}
