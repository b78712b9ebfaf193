-- One row per guest conversation (channel + hotel + guest), the dialogue state lives here.
create table conversations (
    id            text primary key,
    hotel_id      text        not null,
    channel       text        not null,
    guest_address text,
    guest_user_id text,
    guest_name    text,
    language      text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- One row per guest message answered. source_event_id makes processing idempotent: a redelivered event finds its
-- turn and the reply stored with it is published again (the gateway sends each reply event id once).
create table turns (
    id              bigint generated always as identity primary key,
    conversation_id text        not null references conversations (id) on delete cascade,
    source_event_id uuid        not null unique,
    correlation_id  text        not null,
    guest_text      text,
    intent          text,
    language        text        not null,
    reply_event_id  uuid        not null unique,
    reply           jsonb       not null,
    created_at      timestamptz not null default now()
);

create index turns_by_conversation on turns (conversation_id, id);
