-- The demo hotel's rooms and rates (data, loaded once). The base rates are open-ended, so the hotel stays bookable
-- however long the database lives; seasons are laid out relative to the day this migration runs.
update hotels
set policies           = 'Check-in from 15:00, check-out until 11:00. Free cancellation until 48 hours before '
                             || 'arrival. Children under 12 stay free in existing beds. Pets are not allowed. '
                             || 'Prices include 10 % VAT.',
    vat_percent        = 10,
    prices_include_vat = true
where id = 'demo-hotel';

insert into room_types (hotel_id, code, names, beds, base_occupancy, max_adults, max_children, max_guests,
                        min_stay, max_stay, sort_order)
values ('demo-hotel', 'single', '{"es": "Habitación individual", "en": "Single room", "pt": "Quarto individual"}',
        '1 single bed', 1, 1, 0, 1, 1, 30, 1),
       ('demo-hotel', 'double', '{"es": "Habitación doble", "en": "Double room", "pt": "Quarto duplo"}',
        '1 double bed', 2, 2, 1, 3, 1, 30, 2),
       ('demo-hotel', 'twin', '{"es": "Habitación con dos camas", "en": "Twin room", "pt": "Quarto twin"}',
        '2 single beds', 2, 2, 1, 3, 1, 30, 3),
       ('demo-hotel', 'suite', '{"es": "Suite junior", "en": "Junior suite", "pt": "Suíte júnior"}',
        '1 king bed and 1 sofa bed', 2, 3, 2, 4, 2, 21, 4),
       ('demo-hotel', 'family', '{"es": "Habitación familiar", "en": "Family room", "pt": "Quarto familiar"}',
        '1 double bed and 2 single beds', 4, 4, 3, 5, 2, 21, 5)
on conflict do nothing;

insert into rooms (hotel_id, number, room_type)
select 'demo-hotel', t.floor || lpad(n::text, 2, '0'), t.code
from (values ('single', 1, 4), ('double', 2, 6), ('twin', 3, 4), ('suite', 4, 3), ('family', 5, 3))
         as t(code, floor, how_many),
     generate_series(1, t.how_many) as n
on conflict do nothing;

-- Base rates (priority 0, open-ended, +15 % on Friday and Saturday nights).
insert into rates (hotel_id, room_type, valid_from, valid_to, amount, weekend_uplift_percent, priority)
values ('demo-hotel', 'single', current_date - 1, null, 70.00, 15, 0),
       ('demo-hotel', 'double', current_date - 1, null, 95.00, 15, 0),
       ('demo-hotel', 'twin', current_date - 1, null, 95.00, 15, 0),
       ('demo-hotel', 'suite', current_date - 1, null, 160.00, 15, 0),
       ('demo-hotel', 'family', current_date - 1, null, 140.00, 15, 0);

-- High season (July and August) for the next three summers: base rate + 35 %, same weekend uplift.
insert into rates (hotel_id, room_type, valid_from, valid_to, amount, weekend_uplift_percent, priority)
select r.hotel_id, r.room_type, s.summer, s.summer + interval '2 months', round(r.amount * 1.35, 2), 15, 1
from rates r,
     generate_series(date_trunc('year', current_date) + interval '6 months',
                     date_trunc('year', current_date) + interval '30 months', interval '1 year') as s(summer)
where r.hotel_id = 'demo-hotel' and r.priority = 0;
