-- One source record can be read as several canonical kinds (a Salesforce partner Account is an
-- account and a referrer), so the kind joins the snapshot key; and a billing customer's link to
-- its CRM account (ACCOUNT_LINK) is kept as one more snapshot kind.
ALTER TABLE canonical_snapshot DROP CONSTRAINT pk_canonical_snapshot;
ALTER TABLE canonical_snapshot ADD CONSTRAINT pk_canonical_snapshot
    PRIMARY KEY (source_system, object_type, external_id, canonical_kind);
ALTER TABLE canonical_snapshot DROP CONSTRAINT ck_canonical_snapshot_kind;
ALTER TABLE canonical_snapshot ADD CONSTRAINT ck_canonical_snapshot_kind CHECK (canonical_kind IN
    ('REFERRER', 'REFERRAL', 'ACCOUNT', 'CONTACT', 'DEAL', 'PAYMENT', 'REFUND', 'CHURN',
     'ACCOUNT_LINK'));
