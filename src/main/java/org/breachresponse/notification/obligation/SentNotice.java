package org.breachresponse.notification.obligation;

import java.time.LocalDate;

/**
 * What completing {@code Send notice to …} records: when and how the notice went out and the proof (a
 * letter batch, a portal confirmation number). For the individuals' notice, also how many could not be
 * reached because their contact information was insufficient (45 CFR 164.404(d)(2)).
 */
public record SentNotice(LocalDate sentOn, String method, String proof, Integer withoutUsableContact) {
}
