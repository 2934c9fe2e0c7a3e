package org.breachresponse.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The privacy officer ({@code officer}) and the practice owner ({@code owner}) that reminders and overdue notices
 * are e-mailed to, with their groups and addresses, for the engine tests that send notices.
 */
final class NoticeStaff {

  private NoticeStaff() {
  }

  static void add(IdentityService identity) {
    add(identity, "officer", "privacy-officer", "officer@practice.test");
    add(identity, "owner", "practice-owner", "owner@practice.test");
  }

  static void remove(IdentityService identity) {
    for (String id : List.of("officer", "owner")) {
      identity.deleteUser(id);
    }
    for (String id : List.of("privacy-officer", "practice-owner")) {
      identity.deleteGroup(id);
    }
  }

  private static void add(IdentityService identity, String id, String group, String email) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    User user = identity.newUser(id);
    user.setEmail(email);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
