/**
 * The audit trail: every decision and step of a breach response, who took it and when, kept for the
 * six years HIPAA asks documentation to be kept (45 CFR 164.530(j)(2), shared/DOMAIN.md §1.8). Entries
 * describe what happened without repeating patient or incident detail. From the trail, the engine's
 * history and the other capabilities' records this package builds each incident's timeline for
 * compliance auditors (JSON, CSV, a PDF report for a regulator) and the overview of every incident's
 * notice deadlines, which carry the practice's burden of proof that every notice went out (164.414(b)).
 */
package org.breachresponse.audit;
