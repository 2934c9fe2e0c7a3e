-- Many practices in one installation (docs/adr/0013-practices-are-tenants.md). A practice is a Camunda tenant:
-- its id is the tenant id of every process instance, task, job and history row of its incidents. Its settings
-- live here, not in environment variables; the directory bind password and the EDR client secret are stored
-- encrypted (AES-GCM, with a key that is not in the database).
-- A practice is never deleted (records are kept six years, 45 CFR 164.530(j)(2)): it is deactivated.

create table practice (
  id varchar(40) not null primary key,
  version integer not null,
  name varchar(200) not null,
  postal_address varchar(500),
  toll_free_number varchar(40),
  email varchar(200),
  website varchar(300),
  privacy_officer varchar(200),
  time_zone varchar(60) not null,
  active boolean not null,
  staff_group varchar(500),
  created_at timestamp(6) with time zone not null,
  created_by varchar(64) not null,
  directory_kind varchar(20) not null,
  directory_url varchar(300),
  directory_bind_dn varchar(500),
  directory_bind_password varchar(2000),
  directory_base_dn varchar(500),
  directory_quarantine_ou varchar(500),
  directory_quarantine_group varchar(500),
  directory_ca_pem varchar(20000),
  edr_kind varchar(30) not null,
  edr_api_base varchar(300),
  edr_token_url varchar(300),
  edr_tenant varchar(100),
  edr_client_id varchar(200),
  edr_client_secret varchar(2000)
);

-- Incidents of the previous release get the first practice's id at the first start of this one
-- (practice/FirstPractice), with the engine's rows of their processes.
alter table incident add column practice_id varchar(40) references practice (id);
create index incident_practice_idx on incident (practice_id, reported_at);
