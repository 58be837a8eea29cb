-- "Delete my data" with a pass on a phone: the pass is kept a few days as a voided pass (voided_at set, no name,
-- balance, tier, news or barcode in what is served), its devices are pushed to fetch it, and then the row goes
-- (WalletChanges.purgeVoided), after which Wallet hears 401 for it as for any unknown serial.
ALTER TABLE wallet_pass ADD COLUMN voided_at DATETIME(6) NULL;
CREATE INDEX ix_wallet_pass_voided ON wallet_pass (voided_at);

-- A Google object to retire (state INACTIVE, no name, no balance) rather than to give a new balance.
ALTER TABLE wallet_google_update ADD COLUMN voided BOOLEAN NOT NULL DEFAULT FALSE;

-- One-time join codes (customerpages' PhoneCodes, dedupe keys phone-code:...) no longer stay readable in the
-- outbox once their SMS is sent or given up: the Dispatcher blanks the digits from now on (OneTimeCodes), and
-- this blanks those already there. Only a message still waiting to go keeps its code.
UPDATE outbox_message SET body = REGEXP_REPLACE(body, '[0-9]{6}', '******')
 WHERE dedupe_key LIKE 'phone-code:%' AND status NOT IN ('PENDING', 'SENDING');
