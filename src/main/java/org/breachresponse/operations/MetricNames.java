package org.breachresponse.operations;

/** The metrics {@code GET /metrics} answers (README, "Health and metrics"). */
final class MetricNames {

  static final String JOBS_ACQUIRED = "breach_jobs_acquired_total";
  static final String JOBS_SUCCEEDED = "breach_jobs_succeeded_total";
  static final String JOBS_FAILED = "breach_jobs_failed_total";
  static final String JOBS_OVERDUE = "breach_jobs_overdue";
  static final String NOTICES_DUE = "breach_notices_due";
  static final String NOTICES_OVERDUE = "breach_notices_overdue";
  static final String CONTAINMENT_ACTIONS = "breach_containment_actions";
  static final String HTTP_REQUESTS = "breach_http_requests_total";

  private MetricNames() {
  }
}
