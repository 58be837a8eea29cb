-- The dispatcher claims the oldest due messages of a channel and reads back what it claimed: both by index, not by
-- sorting every due message and scanning the outbox for the claim (a campaign queues thousands at once).
ALTER TABLE outbox_message
    DROP KEY ix_outbox_due,
    ADD KEY ix_outbox_due (status, channel, next_attempt_at),
    ADD KEY ix_outbox_claim (claimed_by);
