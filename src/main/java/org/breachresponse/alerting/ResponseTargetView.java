package org.breachresponse.alerting;

/** One step's response-time target as the API shows it, beside its default. */
public record ResponseTargetView(String step, String task, long minutes, long defaultMinutes) {
}
