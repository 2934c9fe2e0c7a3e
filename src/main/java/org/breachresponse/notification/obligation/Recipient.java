package org.breachresponse.notification.obligation;

/**
 * Who an obligation says must be told. The first six come from the law (45 CFR 164.404–410 and the state laws;
 * docs/legal-sources.md); the last two are notices the practice chooses to plan and track like any other: business
 * partners whose data was involved (a contract's deadline) and a report to law enforcement.
 */
public enum Recipient {
  INDIVIDUALS("affected individuals"),
  HHS("the Secretary of HHS"),
  MEDIA("the media"),
  STATE_REGULATOR("a state regulator"),
  CONSUMER_REPORTING_AGENCIES("the consumer reporting agencies"),
  COVERED_ENTITY("the covered entity"),
  BUSINESS_PARTNER("a business partner"),
  LAW_ENFORCEMENT("law enforcement");

  private final String words;

  Recipient(String words) {
    this.words = words;
  }

  /** As a sentence says it: "Send notice to the media". */
  public String words() {
    return words;
  }
}
