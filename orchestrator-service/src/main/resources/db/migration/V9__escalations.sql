-- When an urgent message out of business hours was escalated to the hotel's on-call person: once per conversation.
alter table conversations add column escalated_at timestamptz;
