-- Both of the kiosk's clocks when the citizen handed a submission in (the `clocks` stamp, version 1), as
-- UTC ISO times: `kiosk_local_at` is the kiosk PC's own clock, `kiosk_time_at` the time the kiosk went by
-- (corrected to the district's time when the PC was off). NULL for rows of kiosks that sent no stamp.
-- district_submit takes them as its last two parameters (same rules as in 005_number_check_part.sql
-- otherwise); a repeat of the key keeps the first submission's clocks.
ALTER TABLE submissions ADD COLUMN kiosk_local_at text;
ALTER TABLE submissions ADD COLUMN kiosk_time_at text;

DROP FUNCTION district_submit(text, text, text, text, text, text, boolean, text, integer, text, text, text, text,
  text, text);

CREATE FUNCTION district_submit(
  p_prefix text,
  p_device text,
  p_key text,
  p_kind text,
  p_payload text,
  p_received_at text,
  p_rating boolean,
  p_target_case text,
  p_level integer,
  p_followup_hall text,
  p_followup_due text,
  p_item_name text,
  p_person_key text,
  p_id_last4 text,
  p_check text,
  p_kiosk_local_at text,
  p_kiosk_time_at text
) RETURNS TABLE (case_number text, received_at text, created boolean)
LANGUAGE plpgsql AS $$
DECLARE
  v_number text;
BEGIN
  RETURN QUERY
    SELECT s.case_number::text, s.received_at::text, false
      FROM submissions s WHERE s.device_id = p_device AND s.idempotency_key = p_key;
  IF FOUND THEN
    RETURN;
  END IF;
  BEGIN
    INSERT INTO case_sequences AS q (prefix, last) VALUES (p_prefix, 1)
      ON CONFLICT (prefix) DO UPDATE SET last = q.last + 1
      RETURNING p_prefix || repeat('0', greatest(0, 6 - length(q.last::text))) || q.last::text || p_check
        INTO v_number;
    INSERT INTO submissions AS s (case_number, device_id, idempotency_key, kind, payload, received_at, status,
                                  item_name, person_key, id_last4, kiosk_local_at, kiosk_time_at)
      VALUES (v_number, p_device, p_key, p_kind, p_payload, p_received_at, '已提交',
              p_item_name, p_person_key, p_id_last4, p_kiosk_local_at, p_kiosk_time_at)
      ON CONFLICT (device_id, idempotency_key) DO NOTHING;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'idempotency key taken concurrently' USING ERRCODE = 'DR002';
    END IF;
  EXCEPTION WHEN SQLSTATE 'DR002' THEN
    RETURN QUERY
      SELECT s.case_number::text, s.received_at::text, false
        FROM submissions s WHERE s.device_id = p_device AND s.idempotency_key = p_key;
    RETURN;
  END;
  INSERT INTO case_events (case_number, status, at) VALUES (v_number, '已提交', p_received_at);
  IF p_rating THEN
    INSERT INTO ratings (case_number, target_case, level) VALUES (v_number, p_target_case, p_level)
      ON CONFLICT (target_case) DO NOTHING;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'case % already rated', p_target_case USING ERRCODE = 'DR001';
    END IF;
    IF p_followup_hall IS NOT NULL THEN
      INSERT INTO followups (case_number, hall_code, due_date, created_at)
        VALUES (v_number, p_followup_hall, p_followup_due, p_received_at);
    END IF;
  END IF;
  RETURN QUERY SELECT v_number, p_received_at, true;
END;
$$;
