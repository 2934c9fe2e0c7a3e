package org.breachresponse.engine;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Runs {@link H2SingleNode#check} when Hibernate starts our persistence unit, which WildFly does before any of
 * our beans: Hibernate asks the database for its dialect there, and on an H2 file held by another server it
 * would fail with "Unable to determine Dialect without JDBC metadata" instead of our message. Registered in
 * {@code META-INF/services/org.hibernate.service.spi.ServiceContributor} (Hibernate ORM user guide, "Service
 * contributors"); it contributes no service.
 */
public final class H2SingleNodeCheck implements ServiceContributor {

  @Override
  public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
    Object configured = serviceRegistryBuilder.getSettings().get("jakarta.persistence.jtaDataSource");
    DataSource dataSource = configured instanceof DataSource given ? given : lookUp();
    if (dataSource != null) {
      H2SingleNode.check(dataSource);
    }
  }

  private static DataSource lookUp() {
    try {
      return (DataSource) new InitialContext().lookup(EngineConfiguration.DATASOURCE);
    } catch (NamingException | RuntimeException e) {
      // Not in our server (a test's own persistence unit): nothing to check.
      return null;
    }
  }
}
