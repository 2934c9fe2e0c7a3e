package org.breachresponse.alerting;

import org.breachresponse.input.FieldError;

/** No alert channel of that id at the practice: a 404 naming the path parameter {@code channel}. */
public class AlertChannelNotFoundException extends RuntimeException {

  public AlertChannelNotFoundException() {
    super("No alert channel like that at this practice");
  }

  public FieldError error() {
    return new FieldError("channel", getMessage());
  }
}
