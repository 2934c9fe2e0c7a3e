-- Write-ahead intent of a containment step that acts on the outside world (containment/AdapterAttempts,
-- docs/adr/0006-containment-fan-out.md). Before the engine writes an account's password it records here, in a
-- transaction of its own, what the directory showed of the account's password writes just before (its stamp:
-- the unicodePwd version of Active Directory's replPropertyMetaData, OpenLDAP ppolicy's pwdChangedTime). The row
-- is deleted in the transaction that records the success. A later attempt (a retry, or another node after this
-- one died between the write and the record) that finds the row reads the stamp again: changed means the write
-- reached the directory, and it is recorded without writing again; unchanged means it did not, and it is written.
-- Portable SQL (H2, PostgreSQL).

create table containment_intent (
  target_id bigint not null references containment_target (id),
  action varchar(16) not null,
  adapter varchar(24) not null,
  stamp varchar(200) not null,
  primary key (target_id, action, adapter)
);
