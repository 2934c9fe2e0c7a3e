package org.breachresponse;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every in-server test deploys: the WAR the build produced, exactly as the run command
 * deploys it (Camunda web apps, engine, models), so a test sees what a practice sees.
 */
public final class Deployments {

  private Deployments() {
  }

  public static WebArchive application() {
    File war = new File(System.getProperty("breach.war", "target/camunda.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath() + " is missing");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
