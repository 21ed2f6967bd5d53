-- Each catalog item's digest (sha256 hex of its canonical JSON), kept beside it so a synced delta is
-- checked in O(changed items). NULL until first needed for rows written before it existed.
ALTER TABLE catalog_items ADD COLUMN digest TEXT;
