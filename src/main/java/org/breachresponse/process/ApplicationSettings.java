package org.breachresponse.process;

/**
 * Settings that differ per installation. WildFly sets them as system properties from environment
 * variables ({@code wildfly-config/settings.cli}); the README documents each variable.
 *
 * @param development     seed the development users and groups ({@code BREACH_MODE=development})
 * @param jobExecutor     run timers and asynchronous steps on this node ({@code BREACH_ENGINE_JOB_EXECUTOR})
 * @param jobThreads      how many asynchronous steps run at once, e.g. isolations during a containment
 *                        fan-out ({@code BREACH_ENGINE_JOB_THREADS}, default 8)
 */
public record ApplicationSettings(boolean development, boolean jobExecutor, int jobThreads) {

  public static ApplicationSettings fromSystemProperties() {
    String mode = System.getProperty("breach.mode", "production").trim();
    if (!mode.equals("development") && !mode.equals("production")) {
      throw new IllegalStateException("BREACH_MODE must be 'development' or 'production', not '" + mode + "'");
    }
    return new ApplicationSettings(
        mode.equals("development"),
        Boolean.parseBoolean(System.getProperty("breach.engine.job-executor", "true")),
        jobThreads(System.getProperty("breach.engine.job-threads", "8")));
  }

  private static int jobThreads(String text) {
    try {
      int threads = Integer.parseInt(text.trim());
      if (threads >= 1 && threads <= 64) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException("BREACH_ENGINE_JOB_THREADS must be a number from 1 to 64, not '" + text + "'");
  }
}
