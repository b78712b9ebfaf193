-- Idempotency-Keys of bookings made in QloApps, whose API has none. A key is claimed (committed) before QloApps is
-- called, so a concurrent or later retry never books twice: it waits for the claim, then answers its booking.
--   pending   QloApps is being asked; a retry waits
--   booked    QloApps answered; reference names the booking
--   uncertain QloApps did not answer (timeout, 5xx): the booking may exist, so the key is never reused for a new one
create table qloapps_idempotency_keys (
    key          text        primary key,
    request_hash text        not null,
    hotel_id     text        not null,
    state        text        not null check (state in ('pending', 'booked', 'uncertain')),
    reference    text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
