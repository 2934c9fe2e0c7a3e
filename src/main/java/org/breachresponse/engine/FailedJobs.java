package org.breachresponse.engine;

import org.breachresponse.process.RetryWillNotHelp;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * How a failed job is retried: as its model says ({@code R5/PT1M} for containment), except when the failure
 * is {@link RetryWillNotHelp}; then its retries drop to zero and the engine raises the incident now.
 */
final class FailedJobs implements FailedJobCommandFactory {

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    DefaultJobRetryCmd retry = new DefaultJobRetryCmd(jobId, exception);
    if (!retryWillNotHelp(exception)) {
      return retry;
    }
    return commandContext -> {
      retry.execute(commandContext);
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job != null && job.getRetries() > 0) {
        job.setRetries(0);
      }
      return null;
    };
  }

  private static boolean retryWillNotHelp(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof RetryWillNotHelp) {
        return true;
      }
    }
    return false;
  }
}
