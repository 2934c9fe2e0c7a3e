package org.breachresponse.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One place the practice's data was found online, as it stood at one check. */
@Entity
@Table(name = "leaked_data_place")
public class LeakedDataPlace {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leaked_data_place_seq")
  @SequenceGenerator(name = "leaked_data_place_seq", sequenceName = "leaked_data_place_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "check_id", updatable = false)
  private LeakedDataCheck check;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "url", nullable = false, updatable = false, length = 2000)
  private String url;

  @Column(name = "what", nullable = false, updatable = false, length = 500)
  private String what;

  @Column(name = "found_on", nullable = false, updatable = false)
  private LocalDate foundOn;

  @Column(name = "takedown_requested_on", updatable = false)
  private LocalDate takedownRequestedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false, length = 20)
  private TakedownStatus status;

  protected LeakedDataPlace() {
  }

  LeakedDataPlace(LeakedDataCheck check, int position, LeakedDataLine line) {
    this.check = check;
    this.position = position;
    this.url = line.url();
    this.what = line.what();
    this.foundOn = line.foundOn();
    this.takedownRequestedOn = line.takedownRequestedOn();
    this.status = line.status();
  }

  public String url() { return url; }
  public String what() { return what; }
  public LocalDate foundOn() { return foundOn; }
  public LocalDate takedownRequestedOn() { return takedownRequestedOn; }
  public TakedownStatus status() { return status; }

  LeakedDataLine asLine() {
    return new LeakedDataLine(url, what, foundOn, takedownRequestedOn, status);
  }
}
