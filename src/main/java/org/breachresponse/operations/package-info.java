/**
 * What a load balancer, an operator and a Prometheus server ask of a running node: whether it is alive
 * ({@code GET /health/live}), whether it can serve ({@code GET /health/ready}: its database answers and its engine
 * has started), and its metrics in the Prometheus text format ({@code GET /metrics}): this node's jobs and HTTP
 * requests, and the installation's overdue jobs, notices per practice and containment actions per outcome.
 *
 * <p>Top layer: it reads what the engine and the capabilities record; nothing depends on it.
 */
package org.breachresponse.operations;
