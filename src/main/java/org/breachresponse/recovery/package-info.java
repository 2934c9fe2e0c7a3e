/**
 * Recover data and fortify, the fourth lifecycle phase (docs/legal-sources.md, 'Lifecycle phases', step 4:
 * restored systems, integrity checks, new controls). Once the threat is removed from every machine, an IT
 * responder records per machine the backup it was restored from and how the restored data was checked; the privacy
 * officer looks for the practice's data online and has it taken down, the process re-opening her task every week
 * until each site has removed it or she closes it with a reason; and an IT responder records each gap
 * that let the breach happen with the change that closes it. Every record is its own append-only row.
 *
 * <p>Capability layer: it uses the bottom packages and other capabilities without cycles, never {@code engine},
 * {@code api} or {@code compliance}.
 */
package org.breachresponse.recovery;
