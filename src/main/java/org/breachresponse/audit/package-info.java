/**
 * The audit trail: every decision and step of a breach response, who took it and when, kept for the
 * six years HIPAA asks documentation to be kept (45 CFR 164.530(j)(2), shared/DOMAIN.md §1.8). Entries
 * describe what happened without repeating patient or incident detail.
 */
package org.breachresponse.audit;
