-- The audit trail as a hash chain (docs/adr/0008): each entry has a gap-free position in commit order
-- (not its id: ids come from a sequence handed out 50 at a time), the previous entry's hash and its own
-- (hex SHA-256). The one-row head holds the last position and hash; writers lock it, so the chain never
-- forks. Entries already present are sealed into the chain in id order at the next start (AuditChainStart),
-- while the chain is still empty. Portable SQL (H2, PostgreSQL).

alter table audit_entry add column chain_position bigint;
alter table audit_entry add column previous_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
alter table audit_entry add constraint audit_entry_chain_position_unique unique (chain_position);

create table audit_chain_head (
  id integer not null primary key,
  last_position bigint not null,
  last_hash varchar(64) not null,
  constraint audit_chain_head_single_row check (id = 1)
);
insert into audit_chain_head (id, last_position, last_hash)
  values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
