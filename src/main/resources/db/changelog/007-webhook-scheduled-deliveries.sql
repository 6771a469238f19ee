--liquibase formatted sql

--changeset kairos:007-webhook-delivery-subject
-- What a delivery is about (a booking uid), set on deliveries queued for later (MEETING_STARTED at
-- the booking's start, MEETING_ENDED at its end) so that they can be dropped when the booking is
-- cancelled or moved before they are due. NULL on deliveries sent at once.
ALTER TABLE webhook_deliveries ADD COLUMN subject TEXT;
CREATE INDEX webhook_deliveries_subject_idx ON webhook_deliveries (subject)
    WHERE subject IS NOT NULL AND status = 'pending';
