-- A declaration whose sealed payload is erased for good (an admin discarded its dead letter, or a demo
-- kiosk's retention period ended) takes its sealed pages with it: they can never be delivered, and
-- they are personal data. The rows keep their hash and size for the record.
CREATE TRIGGER attachments_erased_with_declaration
AFTER UPDATE OF payload, discarded_at ON outbox
WHEN NEW.payload IS NULL AND NEW.discarded_at IS NOT NULL
BEGIN
  UPDATE attachments SET sealed = NULL, state = 'dead', last_error = '申报已清除，材料页一并清除'
    WHERE outbox_id = NEW.id AND sealed IS NOT NULL;
END;
