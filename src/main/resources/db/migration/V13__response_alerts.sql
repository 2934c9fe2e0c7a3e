-- Alerts and response-time targets (issue 17, docs/adr/0020-alerts-and-response-targets.md).
-- Portable SQL (H2, PostgreSQL).

-- A practice's own target for an early step, where it differs from the default (alerting/ResponseStep).
create table response_target (
  practice_id varchar(40) not null references practice (id),
  step varchar(40) not null,
  minutes integer not null,
  primary key (practice_id, step)
);

-- Who outside the practice is told when a step passes its target: the IT provider's escalation contact (an e-mail
-- address, often a NOC's shared mailbox), alongside the practice owners.
create table response_escalation (
  practice_id varchar(40) not null primary key references practice (id),
  email varchar(200) not null
);

-- Where a practice's alerts go besides e-mail: a Teams or Slack incoming webhook, PagerDuty's Events API v2,
-- or a JSON webhook signed with HMAC-SHA256. The address (a Teams or Slack webhook URL is itself a credential)
-- and the secret (PagerDuty routing key, HMAC key) are sealed like the practice's other secrets
-- (practice/SecretBox); shown_address is what the API shows: scheme and host only.
create table alert_channel (
  id varchar(36) not null primary key,
  practice_id varchar(40) not null references practice (id),
  kind varchar(20) not null,
  name varchar(100) not null,
  shown_address varchar(300) not null,
  address_sealed varchar(2000) not null,
  secret_sealed varchar(2000),
  created_at timestamp(6) with time zone not null,
  created_by varchar(64) not null
);
create index alert_channel_practice_idx on alert_channel (practice_id);

-- Each alert delivered, once: the incident, the step it is about, what it said (raised, resolved), and the
-- channel ('email' or an alert_channel id). A claim keeps a retry or another node from delivering it twice.
create table alert_delivery (
  incident_reference varchar(40) not null,
  step varchar(40) not null,
  action varchar(20) not null,
  channel varchar(36) not null,
  claimed_by varchar(64) not null,
  claimed_until timestamp(6) with time zone not null,
  delivered_at timestamp(6) with time zone,
  primary key (incident_reference, step, action, channel)
);
