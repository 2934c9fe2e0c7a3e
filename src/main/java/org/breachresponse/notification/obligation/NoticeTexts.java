package org.breachresponse.notification.obligation;

import java.util.List;

/**
 * How a notice reads in the Tasklist: task names ("Send notice to Texas Attorney General (TX)"), the
 * summary on its form and the numbered plan. Task variables hold at most 4,000 characters, so a long plan
 * is cut short; the incident view lists every notice.
 */
public final class NoticeTexts {

  static final int TASK_TEXT_LENGTH = 3900;

  private NoticeTexts() {
  }

  public static String title(NotificationObligation obligation) {
    return obligation.authority() + " (" + obligation.jurisdiction() + ")";
  }

  public static String summary(NotificationObligation obligation) {
    String text = "Recipient: " + obligation.authority() + " (" + obligation.recipient() + ", " + obligation.jurisdiction()
        + ")\nDue: " + obligation.dueDate()
        + (obligation.dueDate().equals(obligation.legalDueDate()) ? "" : " (law-enforcement delay; legal due date "
            + obligation.legalDueDate() + ")")
        + "\nBasis: " + obligation.basis()
        + (obligation.uncertain() ? "\nThis rule is not confirmed by a second source: verify with counsel." : "")
        + (obligation.recipient() == Recipient.INDIVIDUALS
            ? "\nLetters: GET /camunda/api/breach/incidents/" + obligation.incident().reference() + "/individuals/letters.pdf" : "");
    return cut(text);
  }

  public static String plan(List<NotificationObligation> legal) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < legal.size(); i++) {
      NotificationObligation o = legal.get(i);
      String line = (i + 1) + ". " + o.dueDate() + " · " + title(o) + " · " + o.basis()
          + (o.uncertain() ? " · verify with counsel" : "") + "\n";
      if (text.length() + line.length() > TASK_TEXT_LENGTH) {
        text.append("… and ").append(legal.size() - i).append(" more: see the incident's notifications.");
        break;
      }
      text.append(line);
    }
    return text.length() == 0 ? "No notice is required by the rules." : text.toString().strip();
  }

  private static String cut(String text) {
    return text.length() <= TASK_TEXT_LENGTH ? text : text.substring(0, TASK_TEXT_LENGTH) + "…";
  }
}
