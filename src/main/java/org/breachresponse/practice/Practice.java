package org.breachresponse.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A dental practice the installation serves, and a Camunda tenant of the same id. Its letterhead and
 * time zone are what its letters, deadlines and reminders use; its directory and EDR settings are what
 * containment of its incidents acts on. Secrets are kept sealed ({@link SecretBox}) and leave this class
 * only through {@link #directoryBindPassword(SecretBox)} and {@link #edrClientSecret(SecretBox)}.
 */
@Entity
@Table(name = "practice")
public class Practice {

  @Id
  @Column(name = "id", nullable = false, length = 40)
  private String id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  @Column(name = "toll_free_number", length = 40)
  private String tollFreeNumber;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "website", length = 300)
  private String website;

  @Column(name = "privacy_officer", length = 200)
  private String privacyOfficer;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "active", nullable = false)
  private boolean active;

  /** With Active Directory sign-in: the directory group whose (nested) members are the practice's staff. */
  @Column(name = "staff_group", length = 500)
  private String staffGroup;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "directory_kind", nullable = false, length = 20)
  private String directoryKind = "NONE";

  @Column(name = "directory_url", length = 300)
  private String directoryUrl;

  @Column(name = "directory_bind_dn", length = 500)
  private String directoryBindDn;

  @Column(name = "directory_bind_password", length = 2000)
  private String directoryBindPassword;

  @Column(name = "directory_base_dn", length = 500)
  private String directoryBaseDn;

  @Column(name = "directory_quarantine_ou", length = 500)
  private String directoryQuarantineOu;

  @Column(name = "directory_quarantine_group", length = 500)
  private String directoryQuarantineGroup;

  @Column(name = "directory_ca_pem", length = 20000)
  private String directoryCaPem;

  @Column(name = "edr_kind", nullable = false, length = 30)
  private String edrKind = "NONE";

  @Column(name = "edr_api_base", length = 300)
  private String edrApiBase;

  @Column(name = "edr_token_url", length = 300)
  private String edrTokenUrl;

  @Column(name = "edr_tenant", length = 100)
  private String edrTenant;

  @Column(name = "edr_client_id", length = 200)
  private String edrClientId;

  @Column(name = "edr_client_secret", length = 2000)
  private String edrClientSecret;

  protected Practice() {
  }

  public Practice(PracticeId id, PracticeProfile profile, String createdBy, Instant createdAt) {
    this.id = id.value();
    this.active = true;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    change(profile);
  }

  public void change(PracticeProfile profile) {
    name = profile.name();
    postalAddress = profile.postalAddress();
    tollFreeNumber = profile.tollFreeNumber();
    email = profile.email();
    website = profile.website();
    privacyOfficer = profile.privacyOfficer();
    timeZone = profile.timeZone();
    staffGroup = profile.staffGroup();
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  /** Sets the directory connection; {@code sealedPassword} null keeps the stored one. */
  public void connectDirectory(DirectoryConnection connection, String sealedPassword) {
    directoryKind = connection.kind();
    directoryUrl = connection.url();
    directoryBindDn = connection.bindDn();
    directoryBaseDn = connection.baseDn();
    directoryQuarantineOu = connection.quarantineOu();
    directoryQuarantineGroup = connection.quarantineGroup();
    directoryCaPem = connection.caCertificate();
    if (sealedPassword != null) {
      directoryBindPassword = sealedPassword;
    }
  }

  /** Sets the EDR connection; {@code sealedSecret} null keeps the stored one. */
  public void connectEdr(EdrConnection connection, String sealedSecret) {
    edrKind = connection.kind();
    edrApiBase = connection.apiBase();
    edrTokenUrl = connection.tokenUrl();
    edrTenant = connection.tenant();
    edrClientId = connection.clientId();
    if (sealedSecret != null) {
      edrClientSecret = sealedSecret;
    }
  }

  public PracticeId id() { return new PracticeId(id); }
  public String name() { return name; }
  public int version() { return version; }
  public boolean active() { return active; }
  public ZoneId zone() { return ZoneId.of(timeZone); }
  public Instant createdAt() { return createdAt; }
  public String createdBy() { return createdBy; }
  public Optional<String> staffGroup() { return Optional.ofNullable(staffGroup); }

  /** Name, letterhead, signer, time zone and staff group, as the API shows and changes them. */
  public PracticeProfile profile() {
    return new PracticeProfile(name, postalAddress, tollFreeNumber, email, website, privacyOfficer, timeZone,
        staffGroup);
  }

  /** The directory connection without its password. */
  public DirectoryConnection directory() {
    return new DirectoryConnection(directoryKind, directoryUrl, directoryBindDn, directoryBaseDn,
        directoryQuarantineOu, directoryQuarantineGroup, directoryCaPem);
  }

  public boolean hasDirectoryBindPassword() { return directoryBindPassword != null; }

  /** The directory bind password, opened; empty if none is stored. */
  public Optional<String> directoryBindPassword(SecretBox secrets) {
    return Optional.ofNullable(directoryBindPassword).map(sealed -> secrets.open(id(), sealed));
  }

  /** The EDR connection without its client secret. */
  public EdrConnection edr() {
    return new EdrConnection(edrKind, edrApiBase, edrTokenUrl, edrTenant, edrClientId);
  }

  public boolean hasEdrClientSecret() { return edrClientSecret != null; }

  /** The EDR client secret, opened; empty if none is stored. */
  public Optional<String> edrClientSecret(SecretBox secrets) {
    return Optional.ofNullable(edrClientSecret).map(sealed -> secrets.open(id(), sealed));
  }

  @Override
  public String toString() {
    return "Practice[" + id + "]";
  }
}
