-- When each (connection, object type) first read everything its source had (a pull ended with
-- nothing more to read). The engine waits until every source has caught up once, so a daemon
-- interrupted during its first sync never books commissions from half the data.
CREATE TABLE sync_caught_up (
    connection_name VARCHAR(128) NOT NULL,
    object_type     VARCHAR(128) NOT NULL,
    caught_up_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sync_caught_up PRIMARY KEY (connection_name, object_type)
);
