-- Dialogue state kept with the conversation: the task under way, its slots (keys are the nlp entity types) and
-- whether a person has taken over.
alter table conversations
    add column task    text,
    add column slots   jsonb not null default '{}'::jsonb,
    add column handoff text  not null default 'none' check (handoff in ('none', 'requested', 'claimed'));
