-- Where the next Gmail API sync of each hotel's mailbox starts: the history id after the last mails that are
-- durably in Kafka. Only ever moves forward.
create table gmail_sync
(
    hotel_id   text primary key,
    history_id bigint      not null,
    updated_at timestamptz not null default now()
);
