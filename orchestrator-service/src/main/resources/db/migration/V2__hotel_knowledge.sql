-- What a hotel wants guests told, per topic and language; staff edit it, the agent answers only from it.
create table hotel_knowledge (
    hotel_id   text        not null,
    topic      text        not null,
    language   text        not null check (language in ('es', 'en', 'pt')),
    answer     text        not null,
    updated_at timestamptz not null default now(),
    updated_by text        not null default 'seed',
    primary key (hotel_id, topic, language)
);
