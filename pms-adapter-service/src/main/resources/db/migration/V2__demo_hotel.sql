-- The hotel the demo, the gateway's default WhatsApp number and the end-to-end tests talk to.
insert into hotels (id, name, time_zone, currency, check_in_time, check_out_time, address, phone, email)
values ('demo-hotel', 'Hotel Demo Mar', 'Europe/Madrid', 'EUR', '15:00', '11:00',
        'Carrer de Eugenia Viñes 152, 46011 Valencia, Spain', '+34 963 000 152', 'reservas@hoteldemomar.example');
