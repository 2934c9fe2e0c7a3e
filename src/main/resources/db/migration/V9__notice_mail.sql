-- At most one e-mail per notice, kind and due date, across job retries and cluster nodes
-- (notification/notice/NoticeMailLedger, docs/adr/0014-cluster-of-nodes.md). A node claims the row in a
-- transaction of its own before it sends and marks it sent after; a retry finds it sent and sends nothing. A
-- claim whose time ran out unsent (its node died before the mail went out) is claimed again and the mail sent.
-- No foreign key: obligations are never deleted, and the engine tests keep obligations in memory.
-- Portable SQL (H2, PostgreSQL).

create table notice_mail (
  obligation_id bigint not null,
  kind varchar(20) not null,
  due_date date not null,
  claimed_by varchar(64) not null,
  claimed_until timestamp(6) with time zone not null,
  sent_at timestamp(6) with time zone,
  primary key (obligation_id, kind, due_date)
);
