/**
 * Notification, the fourth lifecycle phase: the obligations a breach sets off, their deadlines, the
 * letters and mail to affected individuals, the HHS worksheet, and the affected individuals themselves,
 * imported from the privacy officer's list. Names, addresses and e-mail addresses live in our tables,
 * never in process variables or logs; the process sees counts.
 */
package org.breachresponse.notification;
