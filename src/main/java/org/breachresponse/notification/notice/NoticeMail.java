package org.breachresponse.notification.notice;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.breachresponse.clock.PracticeClock;
import org.breachresponse.practice.PracticeStaff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * E-mail through the server's mail session ({@code java:jboss/mail/BreachResponse}, wildfly-config/mail.cli).
 * Staff are found by their role and their practice in the engine's identity service ({@link PracticeStaff}). A failure is thrown, not logged away: the
 * engine retries the step and, when it keeps failing, shows an incident in Cockpit. Connections to the mail server
 * stay open between messages ({@link SmtpConnections}).
 */
@ApplicationScoped
public class NoticeMail {

  @Resource(lookup = "java:jboss/mail/BreachResponse")
  private Session session;

  @Inject
  private PracticeClock clock;

  private SmtpConnections connections;

  protected NoticeMail() {
  }

  public NoticeMail(Session session, PracticeClock clock) {
    this.session = session;
    this.clock = clock;
    openConnections();
  }

  /** Once the mail session is injected; nothing is connected before the first message. */
  @PostConstruct
  void openConnections() {
    connections = new SmtpConnections(session);
  }

  @PreDestroy
  void closeConnections() {
    connections.close();
  }

  /**
   * The e-mail addresses of everyone in these groups who belongs to practice {@code practiceId} (every member of
   * the groups when it is null: engine tests without practices); none at all is an error someone must fix.
   */
  public static List<String> addressesOf(IdentityService identity, String practiceId, List<String> groups) {
    List<String> addresses = PracticeStaff.inRoles(identity, practiceId, groups).stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .distinct().toList();
    if (addresses.isEmpty()) {
      throw new IllegalStateException("No user in " + groups + (practiceId == null ? "" : " of practice " + practiceId)
          + " has an e-mail address: add one in the Admin app, and make them a member of the practice's tenant");
    }
    return addresses;
  }

  public void send(List<String> to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      if (message.getFrom() == null || message.getFrom().length == 0) {
        message.setFrom();
      }
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(clock.now()));
      connections.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("The mail server did not take the message (" + e.getMessage() + ")", e);
    }
  }
}
