package org.breachresponse.directory;

import org.breachresponse.process.RetryWillNotHelp;

/**
 * The directory or EDR refused for a reason a retry will not cure: wrong service-account credentials, a
 * missing permission, a quarantine OU or group that does not exist. A person must fix the configuration;
 * the step becomes an incident at once and is retried from Cockpit once fixed.
 */
public class DirectoryRefusedException extends IllegalStateException implements RetryWillNotHelp {

  public DirectoryRefusedException(String message) {
    super(message);
  }

  public DirectoryRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
