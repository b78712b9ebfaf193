-- Questions the hotel's stored knowledge could not answer: the guest was told the team would be asked, and staff
-- answer here (the answer goes to the guest, and may become a stored answer). The question and the answer are guest
-- data, sealed like the turns (AES-GCM, see persistence/DataCipher); one task per guest message.
create table staff_tasks (
    id              uuid primary key,
    conversation_id text        not null references conversations (id) on delete cascade on update cascade,
    hotel_id        text        not null,
    source_event_id uuid        not null unique,
    language        text        not null,
    question        bytea,
    created_at      timestamptz not null default now(),
    resolved_at     timestamptz,
    resolved_by     text,
    answer          bytea
);

create index staff_tasks_by_hotel on staff_tasks (hotel_id, created_at);
