package org.breachresponse.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A directory account the attacker used or may know the password of; containment resets it. */
@Entity
@Table(name = "compromised_account")
public class CompromisedAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compromised_account_seq")
  @SequenceGenerator(name = "compromised_account_seq", sequenceName = "compromised_account_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "incident_id")
  private Incident incident;

  @Column(name = "user_name", nullable = false, length = 64)
  private String userName;

  protected CompromisedAccount() {
  }

  CompromisedAccount(Incident incident, AccountName userName) {
    this.incident = incident;
    this.userName = userName.value();
  }

  public String userName() {
    return userName;
  }
}
