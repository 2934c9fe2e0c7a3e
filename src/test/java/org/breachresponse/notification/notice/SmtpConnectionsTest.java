package org.breachresponse.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real SMTP server (GreenMail): kept connections, and what happens when the server goes away. */
class SmtpConnectionsTest {

  private final AtomicLong nanos = new AtomicLong();
  /** Jakarta Mail's debug output, which notes every connection it opens. */
  private final ByteArrayOutputStream debug = new ByteArrayOutputStream();
  private int port;
  private GreenMail smtp;
  private Session session;
  private SmtpConnections connections;

  @BeforeEach
  void start() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.from", "breach-response@practice.test");
    session = Session.getInstance(properties);
    session.setDebug(true);
    session.setDebugOut(new PrintStream(debug, true, StandardCharsets.UTF_8));
    connections = new SmtpConnections(session, nanos::get);
  }

  @AfterEach
  void stop() {
    connections.close();
    smtp.stop();
  }

  @Test
  void messagesSentOneAfterTheOtherShareOneConnectionAndArriveWithTheirOwnRecipients() throws Exception {
    connections.send(message("privacy.officer@practice.test", "first"));
    connections.send(message("owner@practice.test", "second"));
    connections.send(message("privacy.officer@practice.test", "third"));

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(SmtpConnectionsTest::subject))
        .containsExactlyInAnyOrder("first", "second", "third");
    assertThat(smtp.getReceivedMessagesForDomain("owner@practice.test")).hasSize(1);
    assertThat(connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aServerThatWentAwayAndCameBackGetsTheNextMessageOnANewConnection() throws Exception {
    connections.send(message("privacy.officer@practice.test", "before the restart"));
    smtp.stop();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();

    connections.send(message("privacy.officer@practice.test", "after the restart"));

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(SmtpConnectionsTest::subject))
        .containsExactly("after the restart");
    assertThat(connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aConnectionIdleLongerThanAllowedIsNotUsed() throws Exception {
    connections.send(message("privacy.officer@practice.test", "morning"));
    nanos.addAndGet(SmtpConnections.IDLE.plus(Duration.ofSeconds(1)).toNanos());

    connections.send(message("privacy.officer@practice.test", "afternoon"));

    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aServerThatIsDownIsAFailureForTheCallerToRetry() throws Exception {
    connections.send(message("privacy.officer@practice.test", "while up"));
    smtp.stop();

    assertThatThrownBy(() -> connections.send(message("privacy.officer@practice.test", "while down")))
        .isInstanceOf(MessagingException.class);
  }

  private long connectionsOpened() {
    return debug.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("trying to connect to host"))
        .count();
  }

  private MimeMessage message(String to, String subject) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to));
    message.setSubject(subject);
    message.setText("Overdue notice");
    return message;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
