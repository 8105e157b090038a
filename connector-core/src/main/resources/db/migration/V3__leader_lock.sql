-- The leader lock (issue #7): Spring Integration's JdbcLockRegistry, with the table prefix
-- REFSYNC_, so two replicas on one PostgreSQL never run the same route at once. The columns are
-- the ones its DefaultLockRepository reads (spring-integration-jdbc 6.5, schema-*.sql).
CREATE TABLE REFSYNC_LOCK (
    LOCK_KEY     CHAR(36)     NOT NULL,
    REGION       VARCHAR(100) NOT NULL,
    CLIENT_ID    CHAR(36),
    CREATED_DATE TIMESTAMP    NOT NULL,
    CONSTRAINT REFSYNC_LOCK_PK PRIMARY KEY (LOCK_KEY, REGION)
);
