/**
 * Notification, the lifecycle's last outward step: obligations, deadlines, letters, mail, HHS worksheet.
 * So far it holds the individual notice of 45 CFR 164.404(c): the practice's own details, the letter's
 * plain-language text with its five required elements and any state additions, and its rendering as one
 * PDF for first-class mail (or as plain text for those who agreed to e-mail notice).
 */
package org.breachresponse.notification;
