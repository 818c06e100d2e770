-- Convergence schema, version 3: per-day locks (org.convergence.core.store.DayLockStore).
-- One row per market day and job while a runner (daemon, manual run, Cloud Scheduler call) works on it; a row
-- whose expires_at has passed is free to take over (its holder crashed). Portable SQL as in V1.
CREATE TABLE day_locks (
  market_day   DATE          NOT NULL,
  job          VARCHAR(16)   NOT NULL,
  holder       VARCHAR(128)  NOT NULL,
  acquired_at  DATETIME(6)   NOT NULL,
  expires_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (market_day, job)
);
