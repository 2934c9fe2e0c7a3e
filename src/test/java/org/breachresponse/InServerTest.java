package org.breachresponse;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An in-server test that calls the running application from outside, as staff, scripts and browsers do: the
 * WAR the build produced is deployed into the test server once ({@link Deployments#application()}) and
 * {@link #base} is its address. In-server tests extend this and keep only their own set-up and steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class InServerTest {

  @ArquillianResource
  protected URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }
}
