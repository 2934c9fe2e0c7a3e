/**
 * The audit trail: every decision and step of a breach response, who took it and when, kept for the
 * six years HIPAA asks documentation to be kept (45 CFR 164.530(j)(2)). Entries describe what happened
 * without repeating patient or incident detail.
 *
 * <p>The trail is a hash chain (docs/adr/0008): each entry holds a gap-free position in commit order, the
 * previous entry's hash and its own SHA-256 over its content ({@link org.breachresponse.audit.EntryHash}).
 * {@code GET /api/breach/audit/verify} ({@link org.breachresponse.audit.AuditChain}) shows whether the
 * trail is as it was written. <b>It guarantees</b> that a row edited, deleted or inserted directly in the
 * database, by someone who does not also rewrite the hashes, is found and named by position; that rows
 * written after the last one checked cannot be passed off as earlier ones; and that concurrent writers
 * never fork the chain. <b>It does not guarantee</b> against someone with write access to the database who
 * recomputes the chain from the tampered row to the end and moves the head: the algorithm is public and
 * there is no secret. Nor does it prove an entry's content true when written, or keep entries from being
 * lost with the whole database. Rewriting is caught only by comparing with a head kept outside the
 * database: the verify answer carries {@code headPosition} and {@code headHash} so an auditor can note them
 * (in the compliance file, a signed e-mail, a ticket); a later chain whose entry at that position does not
 * have that hash was rewritten (today a look at {@code audit_entry.entry_hash}; neither an endpoint for that
 * comparison nor automatic anchoring elsewhere is built).
 *
 * <p>What an entry records is an {@link org.breachresponse.audit.AuditAction}: a fixed step
 * ({@link org.breachresponse.audit.AuditStep}), a phase started or ended, or a code written by another release,
 * read back as it was. The code stored for an action never changes, since it is part of the entry's hash.
 *
 * <p>Bottom layer: it depends on no capability. The timelines and overviews built from the trail are in
 * {@code compliance}.
 */
package org.breachresponse.audit;
