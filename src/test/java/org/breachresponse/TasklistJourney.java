package org.breachresponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser journey through the real Tasklist: the application deployed as a practice runs it, a headless
 * Chromium opened before each test and closed after it (its last screen kept as a screenshot), and the
 * Tasklist's page object. Journeys extend this and keep only their steps.
 */
public abstract class TasklistJourney extends InServerTest {

  protected Browser browser;
  protected TasklistTasks tasks;

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
