-- Contain and remove the threat: the approved plan per machine and account, every action taken on them
-- (append-only), the entry and exit point review, and per machine the evidence, its chain of custody,
-- the cleansing and its independent verification. Portable SQL: runs on H2 and PostgreSQL alike.

create sequence containment_target_seq start with 1 increment by 50;
create sequence containment_action_seq start with 1 increment by 50;
create sequence entry_point_review_seq start with 1 increment by 50;
create sequence evidence_item_seq start with 1 increment by 50;
create sequence custody_transfer_seq start with 1 increment by 50;

-- One row per machine or account in the approved plan; its status moves as actions succeed or fail.
create table containment_target (
  id bigint not null primary key,
  version integer not null,
  incident_id bigint not null references incident (id),
  kind varchar(8) not null,
  name varchar(253) not null,
  status varchar(20) not null,
  held_back_reason varchar(2000),
  approved_by varchar(64) not null,
  approved_at timestamp(6) with time zone not null,
  handled_by_person varchar(64),
  person_notes varchar(4000),
  no_evidence_reason varchar(2000),
  evidence_recorded_by varchar(64),
  evidence_recorded_at timestamp(6) with time zone,
  scan_result varchar(2000),
  remedy varchar(12),
  attacker_tools varchar(4000),
  cleansed_by varchar(64),
  cleansed_at timestamp(6) with time zone,
  verification_notes varchar(2000),
  verified_clean boolean,
  verified_by varchar(64),
  verified_at timestamp(6) with time zone,
  constraint containment_target_unique unique (incident_id, kind, name)
);

-- Append-only: one row per attempt of one action through one adapter (or by a person).
create table containment_action (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  target_id bigint not null references containment_target (id),
  action varchar(16) not null,
  adapter varchar(24) not null,
  outcome varchar(12) not null,
  error varchar(2000),
  approved_by varchar(64) not null,
  performed_by varchar(64) not null,
  started_at timestamp(6) with time zone not null,
  ended_at timestamp(6) with time zone not null,
  original_dn varchar(1000),
  quarantined_dn varchar(1000),
  original_flags integer
);
create index containment_action_target_idx on containment_action (target_id);
create index containment_action_incident_idx on containment_action (incident_id);

create table entry_point_review (
  id bigint not null primary key,
  incident_id bigint not null unique references incident (id),
  firewall_and_vpn_logs_reviewed boolean not null,
  remote_access_revoked boolean not null,
  backups_disconnected boolean not null,
  notes varchar(4000),
  reviewed_by varchar(64) not null,
  reviewed_at timestamp(6) with time zone not null
);

create table evidence_item (
  id bigint not null primary key,
  target_id bigint not null references containment_target (id),
  description varchar(500) not null,
  sha256 varchar(64) not null,
  collected_by varchar(200) not null,
  collected_at timestamp(6) with time zone not null,
  collected_zone varchar(40) not null,
  storage_location varchar(500) not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) with time zone not null
);
create index evidence_item_target_idx on evidence_item (target_id);

-- Append-only chain of custody: the first row is the collection itself.
create table custody_transfer (
  id bigint not null primary key,
  evidence_item_id bigint not null references evidence_item (id),
  from_custodian varchar(200) not null,
  to_custodian varchar(200) not null,
  transferred_at timestamp(6) with time zone not null,
  transferred_zone varchar(40) not null,
  location varchar(500) not null,
  purpose varchar(500) not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) with time zone not null
);
create index custody_transfer_item_idx on custody_transfer (evidence_item_id);

-- Containment is no longer a free-text note on the incident.
alter table incident drop column containment_actions;
alter table incident drop column contained_by;
alter table incident drop column contained_at;
