/**
 * The compliance read model: from the audit trail, the engine&#39;s history and the capabilities&#39; records,
 * each incident&#39;s timeline for compliance auditors (JSON, CSV, a PDF report for a regulator), the overview of
 * every incident&#39;s notice deadlines, which carry the practice&#39;s burden of proof that every notice went out
 * (45 CFR 164.414(b)), and the audit chain&#39;s verification answer.
 *
 * <p>Top layer: it assembles what the capabilities record; no capability or bottom package depends on it.
 */
package org.breachresponse.compliance;
