package org.breachresponse.engine;

/**
 * The answers an incident is given on its way through the model, chosen so it passes a given wait state.
 *
 * @param notifiable the risk assessment finds a notifiable breach, so notices are planned and sent
 * @param discoveredDaysAgo days between discovery and today: 70 makes every notice overdue and its timers due
 * @param unreachable individuals without usable contact on the individuals' notice: 10 or more need substitute notice
 * @param directory a directory adapter isolates and resets; without one every target goes to a person
 * @param remedy what cleansing did to the machine: {@code CLEANED}, or {@code REPLACED} to retire it
 * @param leakedDataFollowUp the first look for leaked data finds a site that has not removed it yet
 */
record Course(boolean notifiable, int discoveredDaysAgo, long unreachable, boolean directory, String remedy,
    boolean leakedDataFollowUp) {

  static final Course PLAIN = new Course(false, 1, 0, true, "CLEANED", false);
  static final Course NOTIFIED = new Course(true, 1, 0, true, "CLEANED", false);
  static final Course OVERDUE = new Course(true, 70, 0, true, "CLEANED", false);
  static final Course SUBSTITUTE_NOTICE = new Course(true, 100, 10, true, "CLEANED", false);
  static final Course BY_HAND = new Course(false, 1, 0, false, "CLEANED", false);
  static final Course MACHINE_REPLACED = new Course(false, 1, 0, true, "REPLACED", false);
  static final Course LEAKED_DATA_FOLLOW_UP = new Course(false, 1, 0, true, "CLEANED", true);
}
