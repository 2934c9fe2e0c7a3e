package org.breachresponse.notification.obligation;

import java.time.LocalDate;

/** A notice the privacy officer adds to the plan: a business partner, law enforcement, or another duty. */
public record AddedNotice(Recipient recipient, String jurisdiction, String authority, LocalDate dueDate,
    String basis, boolean requiredByLaw) {
}
