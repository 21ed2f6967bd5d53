-- Both of the kiosk's clocks when the citizen handed a submission in (the `clocks` stamp, version 1), as
-- UTC ISO times: `kiosk_local_at` is the kiosk PC's own clock, `kiosk_time_at` the time the kiosk went by
-- (corrected to the district's time when the PC was off). NULL for rows of kiosks that sent no stamp.
ALTER TABLE submissions ADD COLUMN kiosk_local_at TEXT;
ALTER TABLE submissions ADD COLUMN kiosk_time_at TEXT;
