package org.breachresponse.alerting;

import java.util.List;

/** A practice's response-time targets, each beside its default, and its escalation contact (null: none). */
public record ResponseSettingsView(List<ResponseTargetView> targets, String escalationEmail) {
}
