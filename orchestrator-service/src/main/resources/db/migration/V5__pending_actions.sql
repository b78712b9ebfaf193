-- What the dialogue remembers beyond the slots (the question pending, the last quote, the confirmation asked, the
-- verified booking), as JSON owned by the orchestrator's domain.
alter table conversations add column dialogue jsonb not null default '{}'::jsonb;

-- PMS actions the PMS could not answer (down, slow, breaker open): the guest got a holding reply; the scheduler
-- retries each until the PMS answers, then sends the real answer. Never dropped: a row is only closed when it was
-- answered or a later turn of the conversation got its own PMS answer (superseded).
create table pending_actions (
    id              uuid primary key,
    conversation_id text        not null references conversations (id) on delete cascade,
    source_event_id uuid        not null,
    action          jsonb       not null,
    message         jsonb       not null,
    attempts        int         not null default 0,
    last_error      text,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null default now(),
    resolved_at     timestamptz,
    outcome         text check (outcome in ('answered', 'superseded'))
);

create index pending_actions_due on pending_actions (next_attempt_at) where resolved_at is null;
