package org.breachresponse;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a responder does with a task in the Camunda Tasklist, as they see it: find it by name and incident
 * reference in "My group's tasks", open it, claim it, fill in its Camunda Form by the labels, complete it.
 */
public final class TasklistTasks {

  private static final By TASK_DETAILS = By.cssSelector("section.task-details");

  private final Browser browser;

  public TasklistTasks(Browser browser) {
    this.browser = browser;
  }

  public void findInMyGroupsTasks(String task, String reference) {
    browser.waitUntil("the 'My group's tasks' filter", elementToBeClickable(By.xpath(
        "//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(),\"My group's tasks\")]"))).click();
    browser.waitUntil("'" + task + "' for incident " + reference + " in My group's tasks, its reference in the"
        + " Incident column", visibilityOfElementLocated(card(task, reference)));
  }

  /** Finds the card again on each try: the filter's auto-refresh may re-render the list at any moment. */
  public void open(String task, String reference) {
    browser.waitUntil("'" + task + "' for incident " + reference + " clicked", driver -> {
      driver.findElement(card(task, reference)).findElement(By.cssSelector("h4 a")).click();
      return true;
    });
    browser.waitUntil("'" + task + "' opened with its form", visibilityOfElementLocated(By.xpath(
        "//section[contains(@class,'task-details')][.//h2[normalize-space()='" + task + "']]"
            + "//form[contains(@class,'fjs-form')]")));
  }

  /** A card in the task list: the task's name and, in the Incident column, the reference. */
  public static By card(String task, String reference) {
    return By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4[normalize-space()='" + task + "']"
        + " and .//*[contains(@class,'variable-value')][normalize-space()='" + reference + "']]");
  }

  public void claim() {
    browser.waitUntil("the Claim button", elementToBeClickable(By.cssSelector("section.task-details button.claim")))
        .click();
    browser.waitUntil("the task claimed (the Unclaim button beside the assignee)",
        visibilityOfElementLocated(By.cssSelector("section.task-details button.unclaim")));
  }

  /** Form-js renders no name or value on its inputs: a user finds them by their labels, and so do we. */
  public void choose(String option) {
    browser.driver().findElement(TASK_DETAILS).findElement(By.xpath(
        ".//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='" + option + "']/input")).click();
  }

  public void type(String label, String text) {
    field(label).sendKeys(text);
  }

  /** The text a field shows, e.g. a read-only one the process filled in. */
  public String shown(String label) {
    return browser.waitUntil("the field '" + label + "' filled in", driver -> {
      String value = field(label).getDomProperty("value");
      return value == null || value.isEmpty() ? null : value;
    });
  }

  public void complete() {
    browser.waitUntil("the Complete button enabled (task claimed, form valid)", elementToBeClickable(By.xpath(
        "//section[contains(@class,'task-details')]//div[contains(@class,'form-actions')]"
            + "/button[normalize-space()='Complete']"))).click();
  }

  private WebElement field(String label) {
    WebElement details = browser.driver().findElement(TASK_DETAILS);
    String id = details.findElement(By.xpath(".//label[starts-with(normalize-space(),'" + label + "')]"))
        .getDomAttribute("for");
    return details.findElement(By.id(id));
  }
}
