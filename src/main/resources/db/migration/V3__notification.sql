-- Notify: the notices each incident requires (derived by the rules in bpmn/decisions, or added by the
-- privacy officer), what was sent and its proof, law-enforcement delays, and substitute notices. Nothing
-- here is deleted: it is the proof that every notice was made (45 CFR 164.414(b)). Portable SQL (H2, PostgreSQL).

create sequence notification_obligation_seq start with 1 increment by 50;
create sequence law_enforcement_delay_seq start with 1 increment by 50;
create sequence substitute_notice_seq start with 1 increment by 50;

create table notification_obligation (
  id bigint not null primary key,
  version integer not null,
  incident_id bigint not null references incident (id),
  recipient varchar(30) not null,
  jurisdiction varchar(2) not null,
  authority varchar(200) not null,
  basis varchar(300) not null,
  required_by_law boolean not null,
  uncertain boolean not null,
  legal_due_date date not null,
  due_date date not null,
  planned_by varchar(64) not null,
  planned_at timestamp(6) with time zone not null,
  status varchar(10) not null,
  not_sent_reason varchar(2000),
  sent_on date,
  method varchar(200),
  proof varchar(1000),
  without_usable_contact integer,
  decided_by varchar(64),
  decided_at timestamp(6) with time zone,
  escalated_at timestamp(6) with time zone
);
create index notification_obligation_incident on notification_obligation (incident_id);

create table law_enforcement_delay (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  form varchar(7) not null,
  official varchar(200) not null,
  agency varchar(200) not null,
  statement varchar(4000) not null,
  stated_on date not null,
  delayed_until date not null,
  recorded_by varchar(64) not null,
  recorded_at timestamp(6) with time zone not null
);
create index law_enforcement_delay_incident on law_enforcement_delay (incident_id);

create table substitute_notice (
  id bigint not null primary key,
  obligation_id bigint not null references notification_obligation (id),
  kind varchar(16) not null,
  place varchar(500) not null,
  started_on date not null,
  started_by varchar(64) not null,
  ended_on date,
  ended_by varchar(64),
  ended_at timestamp(6) with time zone,
  constraint substitute_notice_unique unique (obligation_id, kind)
);

-- The affected individuals, imported from the privacy officer's CSV list: each is owed a written notice
-- (45 CFR 164.404). Names and addresses stay in this table, never in process variables or logs.
create sequence affected_individual_seq start with 1 increment by 50;

-- One row per individual; email_consent is agreement to notice by e-mail, which needs an address.
create table affected_individual (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  name varchar(200) not null,
  postal_address varchar(500),
  state varchar(2) not null,
  email varchar(254),
  email_consent boolean not null,
  imported_by varchar(64) not null,
  imported_at timestamp(6) with time zone not null,
  notice_emailed_at timestamp(6) with time zone,
  constraint affected_individual_consent_needs_email check (email_consent = false or email is not null)
);
create index affected_individual_incident_idx on affected_individual (incident_id);
-- What the individuals' letters say about the breach, in the privacy officer's words; newest row counts.
create sequence letter_wording_seq start with 1 increment by 50;
create table letter_wording (
  id bigint not null primary key,
  incident_id bigint not null references incident (id),
  breach_date date,
  what_happened varchar(4000) not null,
  what_we_are_doing varchar(4000) not null,
  written_by varchar(64) not null,
  written_at timestamp(6) with time zone not null
);
create index letter_wording_incident on letter_wording (incident_id);
