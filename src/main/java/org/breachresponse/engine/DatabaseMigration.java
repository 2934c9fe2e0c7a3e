package org.breachresponse.engine;

import javax.sql.DataSource;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Our own tables come from the versioned scripts in {@code db/migration}; Hibernate then checks that
 * the entity mapping matches them, so a missing migration fails the deployment instead of a request.
 * The engine's own tables come from Camunda's scripts through {@link EngineSchema}, with their own history.
 */
final class DatabaseMigration {

  static final String HISTORY_TABLE = "breach_schema_history";

  private DatabaseMigration() {
  }

  static void migrate(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
    AppliedMigrationCorrections.apply(dataSource, HISTORY_TABLE);
    Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .table(HISTORY_TABLE)
        .load()
        .migrate();
    EngineSchema.migrate(dataSource);
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }
}
