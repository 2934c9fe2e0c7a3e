package org.breachresponse.alerting;

import java.time.Instant;

/** An alert channel as the API shows it: never its full address or its secret. */
public record AlertChannelView(String id, String kind, String name, String address, Instant createdAt,
    String createdBy) {

  static AlertChannelView of(AlertChannel channel) {
    return new AlertChannelView(channel.id(), channel.kind().name(), channel.name(), channel.shownAddress(),
        channel.createdAt(), channel.createdBy());
  }
}
