-- The item-digest manifest of a catalog version (protocol.md, "Item digests"): NULL for versions
-- published before the server computed it; kiosks then check the whole-catalog digest instead.
ALTER TABLE catalog_versions ADD COLUMN items_digest TEXT;
ALTER TABLE catalog_versions ADD COLUMN items_signature TEXT;
