package org.breachresponse.notification.individual;

/**
 * How the individuals a letter or e-mail cannot reach are told instead (45 CFR 164.404(d)(2),
 * docs/legal-sources.md, 'Substitute notice'). The form depends only on how many they are.
 */
public enum SubstituteNoticeNeed {

  /** Everyone can be reached by letter or agreed e-mail. */
  NOT_NEEDED,

  /** Fewer than 10: alternative written notice, telephone or other means. */
  ALTERNATIVE_MEANS,

  /**
   * 10 or more: a conspicuous posting on the practice's home page for 90 days, or a conspicuous notice in
   * major print or broadcast media where they likely live, plus a toll-free number active for 90 days.
   */
  WEB_OR_MEDIA_AND_TOLL_FREE_NUMBER
}
