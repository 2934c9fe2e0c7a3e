package org.breachresponse.notification.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.LongSupplier;

/**
 * Connections to the mail server kept open between messages, as a mail client keeps them: {@code Transport.send}
 * connects, greets and says goodbye for every single message, and the mail server starts a session for each
 * (docs/adr/0016-deadline-waves.md). A kept connection is used only while the server still answers on it; one
 * idle longer than {@link #IDLE} is closed instead, since mail servers drop idle clients (RFC 5321, 4.5.3.2.7:
 * after at least five minutes); one that fails is closed, never given back. At most as many stay open as messages
 * were sent at once (the job threads).
 */
final class SmtpConnections implements AutoCloseable {

  /** Well below the five minutes a server must wait before it drops an idle client (RFC 5321, 4.5.3.2.7). */
  static final Duration IDLE = Duration.ofSeconds(30);

  private record Idle(Transport transport, long since) {
  }

  private final Session session;
  private final LongSupplier nanoTime;
  private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();

  SmtpConnections(Session session) {
    this(session, System::nanoTime);
  }

  SmtpConnections(Session session, LongSupplier nanoTime) {
    this.session = session;
    this.nanoTime = nanoTime;
  }

  /**
   * Sends the message on an open connection the server still answers ({@code NOOP}, which Angus Mail's
   * {@code isConnected} sends), or on a new one. A failure is thrown, and its connection closed.
   */
  void send(MimeMessage message) throws MessagingException {
    message.saveChanges();
    Transport transport = take();
    if (transport == null) {
      transport = session.getTransport(message.getAllRecipients()[0]);
      transport.connect();
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(transport);
      throw e;
    }
    idle.push(new Idle(transport, nanoTime.getAsLong()));
  }

  /** The most recently used connection that is fresh and still answered; the others are closed on the way. */
  private Transport take() {
    Idle candidate;
    while ((candidate = idle.poll()) != null) {
      if (nanoTime.getAsLong() - candidate.since() < IDLE.toNanos() && candidate.transport().isConnected()) {
        return candidate.transport();
      }
      closeQuietly(candidate.transport());
    }
    return null;
  }

  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException e) {
      // already gone: nothing to release
    }
  }

  @Override
  public void close() {
    Idle each;
    while ((each = idle.poll()) != null) {
      closeQuietly(each.transport());
    }
  }
}
