-- Pages of paper materials uploaded for a declaration, one row per page, filled chunk by chunk.
-- `received` counts the bytes stored so far; `completed_at` is set once all `size` bytes arrived and
-- their sha256 matched the declaration's manifest. A declaration is complete when every page of its
-- manifest is complete.
CREATE TABLE attachments (
  case_number TEXT NOT NULL REFERENCES submissions (case_number),
  page_no INTEGER NOT NULL CHECK (page_no >= 1),
  material_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  received INTEGER NOT NULL DEFAULT 0,
  data BLOB NOT NULL DEFAULT x'',
  completed_at TEXT,
  PRIMARY KEY (case_number, page_no)
) STRICT;
