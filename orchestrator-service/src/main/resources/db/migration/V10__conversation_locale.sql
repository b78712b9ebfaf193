-- The guest's locale as the channel told it (WhatsApp: from the phone's country code), kept so a message without
-- one is still answered in the guest's regional wording (pt-PT or pt-BR). Clear like the language: a country, no
-- contact; erasure nulls it all the same.
alter table conversations add column locale text;
