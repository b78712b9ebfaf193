-- Replies for web-chat guests, kept so a guest who was offline (or connected to another gateway instance) gets them
-- when the browser (re)connects. One row per reply event: a redelivered reply is not stored twice.
create table webchat_replies
(
    id              bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    hotel_id        text        not null,
    session_id      text        not null,
    conversation_id text        not null,
    reply           jsonb       not null,
    created_at      timestamptz not null default now()
);

-- The browser resumes after the last reply id it saw.
create index webchat_replies_by_session on webchat_replies (hotel_id, session_id, id);
