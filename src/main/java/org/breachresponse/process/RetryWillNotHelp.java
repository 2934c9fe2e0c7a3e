package org.breachresponse.process;

/**
 * Marks a failure that retrying cannot cure (a refused service account, a missing quarantine OU, a
 * permission the EDR client lacks): the job becomes an incident in Cockpit at once, instead of after the
 * retries of its {@code failedJobRetryTimeCycle}.
 */
public interface RetryWillNotHelp {
}
