package org.breachresponse.alerting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.SecretBox;

/**
 * One place a practice's alerts go ({@code alert_channel}, V13). Its address and secret are stored sealed for the
 * practice and leave this class only opened, for a delivery ({@link #address(SecretBox)}, {@link #secret(SecretBox)});
 * the API shows its scheme and host.
 */
@Entity
@Table(name = "alert_channel")
public class AlertChannel {

  @Id
  @Column(name = "id", nullable = false, length = 36)
  private String id;

  @Column(name = "practice_id", nullable = false, length = 40)
  private String practiceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private AlertChannelKind kind;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "shown_address", nullable = false, length = 300)
  private String shownAddress;

  @Column(name = "address_sealed", nullable = false, length = 2000)
  private String addressSealed;

  @Column(name = "secret_sealed", length = 2000)
  private String secretSealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  protected AlertChannel() {
  }

  AlertChannel(PracticeId practice, AlertChannelRequest.Checked checked, SecretBox secrets, String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.practiceId = practice.value();
    this.kind = checked.kind();
    this.name = checked.name();
    this.shownAddress = checked.shownAddress();
    this.addressSealed = secrets.seal(practice, checked.address());
    this.secretSealed = checked.secret() == null ? null : secrets.seal(practice, checked.secret());
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String id() { return id; }
  public PracticeId practice() { return new PracticeId(practiceId); }
  public AlertChannelKind kind() { return kind; }
  public String name() { return name; }
  public String shownAddress() { return shownAddress; }
  public Instant createdAt() { return createdAt; }
  public String createdBy() { return createdBy; }

  String address(SecretBox secrets) {
    return secrets.open(practice(), addressSealed);
  }

  Optional<String> secret(SecretBox secrets) {
    return Optional.ofNullable(secretSealed).map(sealed -> secrets.open(practice(), sealed));
  }

  @Override
  public String toString() {
    return "AlertChannel[" + id + " " + kind + " of " + practiceId + "]";
  }
}
