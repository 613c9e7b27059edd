-- Accounts can be disabled (kept, with their history, but no longer able to sign in): set when
-- an admin disabled the account, NULL while it is active.
ALTER TABLE app_user ADD COLUMN disabled_at timestamptz;
