-- Pages of paper materials uploaded for a declaration (protocol.md, "Attachments"), one row per page,
-- filled chunk by chunk. `received` counts the bytes stored so far; `completed_at` is set once all `size`
-- bytes arrived and their sha256 matched the declaration's manifest. A declaration is complete when every
-- page of its manifest is complete. Pages are JPEG (already compressed): stored out of line, uncompressed.
CREATE TABLE attachments (
  case_number text COLLATE "C" NOT NULL REFERENCES submissions (case_number),
  page_no integer NOT NULL CHECK (page_no >= 1),
  material_name text NOT NULL,
  sha256 text COLLATE "C" NOT NULL,
  size integer NOT NULL,
  received integer NOT NULL DEFAULT 0,
  data bytea NOT NULL DEFAULT '\x'::bytea,
  completed_at text,
  PRIMARY KEY (case_number, page_no)
);

ALTER TABLE attachments ALTER COLUMN data SET STORAGE EXTERNAL;
