-- A save reads the block's last change to its text (Revision.lastTextChange): newest first by
-- (created_at, id). The index ordered only by created_at made PostgreSQL read and sort every revision
-- of the block, so saves slowed as history grew. Ordered as the query reads, the scan stops at the
-- first text change. Scanned backwards it serves the history's oldest-first pages as the old one did.
CREATE INDEX revision_block_newest_idx ON revision (block_kind, block_id, created_at DESC, id DESC);
DROP INDEX revision_block_idx;
