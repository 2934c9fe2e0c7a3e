package org.breachresponse.engine;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A version of the engine's schema after Camunda's own tables (version 1, {@link EngineSchemaCreation}): a change
 * of ours to Camunda's tables, in the engine schema's own migration history ({@link EngineSchema}), run once, in a
 * transaction, with a fixed checksum so that a changed step fails validation instead of running again.
 */
abstract class EngineSchemaStep implements JavaMigration {

  private final MigrationVersion version;
  private final String description;
  private final int checksum;

  EngineSchemaStep(String version, String description, int checksum) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.checksum = checksum;
  }

  @Override
  public final MigrationVersion getVersion() {
    return version;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return checksum;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }
}
