-- GDPR requests (export, erasure) as an audit trail: who asked, when, and how many conversations it touched. No
-- guest data: neither the addresses asked for nor the conversation ids (which contain the channel address).
create table guest_data_requests (
    id            uuid primary key,
    action        text        not null check (action in ('export', 'erasure')),
    actor         text        not null,
    requested_at  timestamptz not null,
    conversations int         not null
);

-- An erased conversation is kept anonymised under a new, random id (the old one contains the guest's address): the
-- turns and pending actions follow it.
alter table turns drop constraint turns_conversation_id_fkey,
    add constraint turns_conversation_id_fkey foreign key (conversation_id) references conversations (id)
        on delete cascade on update cascade;
alter table pending_actions drop constraint pending_actions_conversation_id_fkey,
    add constraint pending_actions_conversation_id_fkey foreign key (conversation_id) references conversations (id)
        on delete cascade on update cascade;
alter table conversations add column erased_at timestamptz;
