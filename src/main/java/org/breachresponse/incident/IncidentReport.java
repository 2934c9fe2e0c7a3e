package org.breachresponse.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A suspected breach as staff report it, from the Tasklist's start form or the API.
 *
 * @param reportedBy    who noticed it (name and role), not necessarily the person entering it
 * @param discoveryDate the first day it was known, or would have been with reasonable diligence;
 *                      it starts the HIPAA 60-day clock (45 CFR 164.404(a)(2))
 * @param signs         what was observed
 * @param otherSigns    anything observed that {@link Sign} has no name for
 * @param description   what was noticed, where and when; no patient names or health information
 * @param practice      the id of the practice it happened at; may be left out by a user who belongs to one
 */
public record IncidentReport(
    @NotBlank @Size(max = 200) String reportedBy,
    @NotNull @PastOrPresent LocalDate discoveryDate,
    @NotEmpty List<@NotNull Sign> signs,
    @Size(max = 500) String otherSigns,
    @NotBlank @Size(max = 4000) String description,
    String practice) {

  /** The Breach Notification Rule applies to breaches discovered from 23 September 2009 (74 FR 42740). */
  public static final LocalDate EARLIEST_DISCOVERY = LocalDate.of(2009, 9, 23);

  /** A report for the reporter's only practice. */
  public IncidentReport(String reportedBy, LocalDate discoveryDate, List<Sign> signs, String otherSigns,
      String description) {
    this(reportedBy, discoveryDate, signs, otherSigns, description, null);
  }

  public IncidentReport {
    // not List.copyOf, which throws on a null element before validation can name signs
    signs = signs == null ? null : Collections.unmodifiableList(new ArrayList<>(signs));
  }
}
