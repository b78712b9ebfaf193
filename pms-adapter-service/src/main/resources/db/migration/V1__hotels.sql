-- One row per property; times are local to time_zone (an IANA name such as Europe/Madrid).
create table hotels (
    id             text primary key,
    name           text        not null,
    time_zone      text        not null,
    currency       char(3)     not null,
    check_in_time  time        not null,
    check_out_time time        not null,
    address        text        not null,
    phone          text,
    email          text,
    created_at     timestamptz not null default now()
);
