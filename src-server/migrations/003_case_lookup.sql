-- Issue 8: a person's progress lookup. A declaration records its item's name and who applied, as a
-- keyed hash of the ID number (person_key) and its last four characters — never the number itself
-- outside the payload.
ALTER TABLE submissions ADD COLUMN item_name TEXT;
ALTER TABLE submissions ADD COLUMN person_key TEXT;
ALTER TABLE submissions ADD COLUMN id_last4 TEXT;

CREATE INDEX submissions_person ON submissions (person_key, received_at) WHERE person_key IS NOT NULL;
