-- Convergence schema, version 2: the daily settlement of traded days.
-- Portable SQL as in V1 (MySQL 8, MariaDB 10.11, H2 2.x in MySQL mode). Site readings (imported with
-- `convergence import readings`) already have their table, site_readings, in V1.

-- each settled hour: what it is measured against, the fill outcomes, where its inputs came from and when
-- (NULL in rows stored before V2 or by saveSettlements without them)
ALTER TABLE settlements ADD COLUMN no_trade_pnl_gbp DOUBLE NULL;
ALTER TABLE settlements ADD COLUMN bound_pnl_gbp DOUBLE NULL;
ALTER TABLE settlements ADD COLUMN exchange_filled BOOLEAN NULL;
ALTER TABLE settlements ADD COLUMN rule_filled BOOLEAN NULL;
ALTER TABLE settlements ADD COLUMN input_source TEXT NULL;
ALTER TABLE settlements ADD COLUMN settled_at DATETIME(6) NULL;
ALTER TABLE settlements ADD COLUMN revision INT NULL;

-- where each traded day's settlement stands: SETTLED (24 rows in settlements) or PENDING (message says why)
CREATE TABLE settlement_days (
  market_day  DATE         NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  message     TEXT         NOT NULL,
  checked_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (market_day),
  CONSTRAINT ck_settlement_days_status CHECK (status IN ('SETTLED', 'PENDING'))
);

-- its warnings (e.g. an exchange fill flag contradicting the fill rule), in order
CREATE TABLE settlement_warnings (
  market_day    DATE  NOT NULL,
  seq           INT   NOT NULL,
  warning_text  TEXT  NOT NULL,
  PRIMARY KEY (market_day, seq),
  CONSTRAINT fk_settlement_warnings_day FOREIGN KEY (market_day) REFERENCES settlement_days (market_day)
);
