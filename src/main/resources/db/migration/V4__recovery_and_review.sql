-- Recover and fortify, the post-incident review and closing (docs/legal-sources.md, 'Lifecycle phases': steps 4 and 6).
-- Rows are written once and never updated: a compliance officer reads them years later.

alter table incident add column closed_by varchar(64);
alter table incident add column closed_at timestamp(6) with time zone;

create sequence data_restoration_seq start with 1 increment by 50;
create sequence leaked_data_check_seq start with 1 increment by 50;
create sequence leaked_data_place_seq start with 1 increment by 50;
create sequence security_gap_seq start with 1 increment by 50;
create sequence security_review_seq start with 1 increment by 50;

-- Per affected machine: the backup restored from and how the restored data was checked.
create table data_restoration (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  system_name varchar(253) not null,
  backup_taken_on date not null,
  backup_location varchar(500) not null,
  integrity_check varchar(2000) not null,
  not_restored varchar(2000),
  restored_by varchar(64) not null,
  restored_at timestamp(6) with time zone not null
);
create index data_restoration_incident on data_restoration (incident_id);

-- Each time the privacy officer looks for leaked data: where she searched and what came of it.
create table leaked_data_check (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  searched varchar(2000) not null,
  outcome varchar(20) not null,
  closed_reason varchar(2000),
  checked_by varchar(64) not null,
  checked_at timestamp(6) with time zone not null
);
create index leaked_data_check_incident on leaked_data_check (incident_id);

-- The places found at one check, with the takedown's state then: the checks together are its history.
create table leaked_data_place (
  id bigint not null primary key,
  check_id bigint not null references leaked_data_check (id),
  position integer not null,
  url varchar(2000) not null,
  what varchar(500) not null,
  found_on date not null,
  takedown_requested_on date,
  status varchar(20) not null
);
create index leaked_data_place_check on leaked_data_place (check_id);

-- Each gap that allowed the breach and the change that closes it.
create table security_gap (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  position integer not null,
  gap varchar(1000) not null,
  change_made varchar(2000) not null,
  closed_by varchar(64) not null,
  closed_at timestamp(6) with time zone not null
);
create index security_gap_incident on security_gap (incident_id);

-- The lessons-learned review (NIST SP 800-61 post-incident activity; docs/legal-sources.md, 'Lifecycle phases').
create table security_review (
  id bigint not null primary key,
  incident_id bigint not null unique references incident (id),
  root_cause varchar(4000) not null,
  what_worked varchar(4000) not null,
  what_did_not_work varchar(4000) not null,
  policy_changes varchar(4000) not null,
  training varchar(4000) not null,
  privacy_officer varchar(64) not null,
  reviewed_by varchar(64) not null,
  reviewed_at timestamp(6) with time zone not null
);
