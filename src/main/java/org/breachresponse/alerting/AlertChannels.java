package org.breachresponse.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeSecrets;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A practice's alert channels: added and removed through the API, and read by the model, whose alert steps deliver
 * one job per channel ({@code ${alertChannels.every(execution)}}, {@code ${alertChannels.resolved(execution)}}).
 */
@ApplicationScoped
@Named("alertChannels")
public class AlertChannels {

  /** The e-mail (to the IT responders; for a late step also the owners and escalation contact): always first. */
  public static final String EMAIL = "email";

  @PersistenceContext(unitName = "breach-response")
  private EntityManager entities;

  @Inject
  private PracticeSecrets secrets;

  @Transactional
  public AlertChannel add(PracticeId practice, AlertChannelRequest.Checked checked, String by) {
    AlertChannel channel = new AlertChannel(practice, checked, secrets.box(), by, Instant.now());
    entities.persist(channel);
    return channel;
  }

  public List<AlertChannel> of(PracticeId practice) {
    return entities.createQuery("select c from AlertChannel c where c.practiceId = :practice order by c.createdAt, c.id",
            AlertChannel.class)
        .setParameter("practice", practice.value()).getResultList();
  }

  public Optional<AlertChannel> find(PracticeId practice, String id) {
    return Optional.ofNullable(entities.find(AlertChannel.class, id))
        .filter(channel -> channel.practice().equals(practice));
  }

  /** @return whether it was there */
  @Transactional
  public boolean remove(PracticeId practice, String id) {
    Optional<AlertChannel> channel = find(practice, id);
    channel.ifPresent(entities::remove);
    return channel.isPresent();
  }

  /** Where a report's alert and a late step's alert go: the e-mail, then each channel of the incident's practice. */
  public List<String> every(DelegateExecution execution) {
    List<String> channels = new ArrayList<>();
    channels.add(EMAIL);
    if (execution.getTenantId() != null) {
      of(new PracticeId(execution.getTenantId())).forEach(channel -> channels.add(channel.id()));
    }
    return channels;
  }

  /** Where a resolution goes: the channels that keep an alert open (PagerDuty) or want every event (signed JSON). */
  public List<String> resolved(DelegateExecution execution) {
    if (execution.getTenantId() == null) {
      return List.of();
    }
    return of(new PracticeId(execution.getTenantId())).stream()
        .filter(channel -> channel.kind().takesResolution()).map(AlertChannel::id).toList();
  }
}
