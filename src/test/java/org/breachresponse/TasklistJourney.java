package org.breachresponse;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey through the real Tasklist: the application deployed as a practice runs it, a headless
 * Chromium opened before each test and closed after it (its last screen kept as a screenshot), and the
 * Tasklist's page object. Journeys extend this and keep only their steps.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class TasklistJourney {

  @ArquillianResource
  protected URL base;

  protected Browser browser;
  protected TasklistTasks tasks;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(getClass());
    tasks = new TasklistTasks(browser);
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
