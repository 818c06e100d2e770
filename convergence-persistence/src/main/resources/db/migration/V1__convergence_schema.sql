-- Convergence schema, version 1.
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.x in MySQL mode. No vendor functions, no
-- unsigned types, no JSON functions. Every time column holds UTC (DATETIME(6), written and read as UTC wall time).
-- Natural keys everywhere: storing a market day again replaces its rows.

-- one row per daily run
CREATE TABLE runs (
  market_day   DATE         NOT NULL,
  started_at   DATETIME(6)  NOT NULL,
  finished_at  DATETIME(6)  NULL,
  status       VARCHAR(16)  NOT NULL,
  error_text   TEXT         NULL,
  report_json  MEDIUMTEXT   NULL,
  PRIMARY KEY (market_day)
);

-- sources used (kind 'SOURCE') and warnings (kind 'WARNING') of a run, in order
CREATE TABLE run_notes (
  market_day  DATE         NOT NULL,
  note_kind   VARCHAR(16)  NOT NULL,
  seq         INT          NOT NULL,
  note_text   TEXT         NOT NULL,
  PRIMARY KEY (market_day, note_kind, seq),
  CONSTRAINT fk_run_notes_run FOREIGN KEY (market_day) REFERENCES runs (market_day)
);

-- the weather forecast a run used
CREATE TABLE weather_forecasts (
  market_day               DATE         NOT NULL,
  source                   VARCHAR(64)  NOT NULL,
  issued_at                DATETIME(6)  NOT NULL,
  wind_measurement_height_m DOUBLE      NOT NULL,
  PRIMARY KEY (market_day)
);

-- its samples (NULL = the source did not give the value)
CREATE TABLE weather_samples (
  market_day         DATE         NOT NULL,
  interval_start     DATETIME(6)  NOT NULL,
  interval_end       DATETIME(6)  NOT NULL,
  air_temperature_c  DOUBLE       NULL,
  wind_speed_mps     DOUBLE       NULL,
  ghi_wm2            DOUBLE       NULL,
  dni_wm2            DOUBLE       NULL,
  dhi_wm2            DOUBLE       NULL,
  cloud_cover_pct    DOUBLE       NULL,
  pressure_hpa       DOUBLE       NULL,
  interpolated       BOOLEAN      NOT NULL,
  PRIMARY KEY (market_day, interval_start),
  CONSTRAINT fk_weather_samples_forecast FOREIGN KEY (market_day) REFERENCES weather_forecasts (market_day)
);

-- energy forecast of a market day: header with warnings, then 48 half-hours
CREATE TABLE energy_forecasts (
  market_day  DATE  NOT NULL,
  PRIMARY KEY (market_day)
);

CREATE TABLE energy_forecast_warnings (
  market_day    DATE  NOT NULL,
  seq           INT   NOT NULL,
  warning_text  TEXT  NOT NULL,
  PRIMARY KEY (market_day, seq),
  CONSTRAINT fk_energy_warnings_forecast FOREIGN KEY (market_day) REFERENCES energy_forecasts (market_day)
);

CREATE TABLE energy_forecast_intervals (
  market_day      DATE         NOT NULL,
  interval_start  DATETIME(6)  NOT NULL,
  interval_end    DATETIME(6)  NOT NULL,
  wind_kwh        DOUBLE       NOT NULL,
  solar_kwh       DOUBLE       NOT NULL,
  demand_kwh      DOUBLE       NOT NULL,
  net_kwh         DOUBLE       NOT NULL,
  PRIMARY KEY (market_day, interval_start),
  CONSTRAINT fk_energy_intervals_forecast FOREIGN KEY (market_day) REFERENCES energy_forecasts (market_day)
);

-- price forecast of a market day: model, then per hour the point forecast and the quantiles
CREATE TABLE price_forecasts (
  market_day  DATE          NOT NULL,
  model_id    VARCHAR(128)  NOT NULL,
  PRIMARY KEY (market_day)
);

CREATE TABLE price_forecast_hours (
  market_day         DATE    NOT NULL,
  hour_id            INT     NOT NULL,
  point_gbp_per_mwh  DOUBLE  NOT NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT fk_price_hours_forecast FOREIGN KEY (market_day) REFERENCES price_forecasts (market_day),
  CONSTRAINT ck_price_forecast_hour CHECK (hour_id BETWEEN 1 AND 24)
);

CREATE TABLE price_forecast_quantiles (
  market_day      DATE    NOT NULL,
  hour_id         INT     NOT NULL,
  quantile_level  DOUBLE  NOT NULL,
  price_gbp_per_mwh DOUBLE NOT NULL,
  PRIMARY KEY (market_day, hour_id, quantile_level),
  CONSTRAINT fk_price_quantiles_hour FOREIGN KEY (market_day, hour_id)
    REFERENCES price_forecast_hours (market_day, hour_id)
);

-- orders as submitted, and the exchange's receipt
CREATE TABLE order_submissions (
  market_day      DATE         NOT NULL,
  submitted_at    DATETIME(6)  NOT NULL,
  accepted_count  INT          NOT NULL,
  receipt_message TEXT         NOT NULL,
  PRIMARY KEY (market_day)
);

CREATE TABLE submitted_orders (
  market_day               DATE        NOT NULL,
  hour_id                  INT         NOT NULL,
  side                     VARCHAR(4)  NOT NULL,
  volume_mwh               DOUBLE      NOT NULL,
  limit_price_gbp_per_mwh  DOUBLE      NOT NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT fk_submitted_orders_submission FOREIGN KEY (market_day) REFERENCES order_submissions (market_day),
  CONSTRAINT ck_submitted_orders_hour CHECK (hour_id BETWEEN 1 AND 24),
  CONSTRAINT ck_submitted_orders_side CHECK (side IN ('BUY', 'SELL'))
);

-- orders as the exchange holds them; filled is NULL until the clearing price is known
CREATE TABLE held_orders (
  market_day               DATE        NOT NULL,
  hour_id                  INT         NOT NULL,
  side                     VARCHAR(4)  NOT NULL,
  volume_mwh               DOUBLE      NOT NULL,
  limit_price_gbp_per_mwh  DOUBLE      NOT NULL,
  filled                   BOOLEAN     NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT ck_held_orders_hour CHECK (hour_id BETWEEN 1 AND 24),
  CONSTRAINT ck_held_orders_side CHECK (side IN ('BUY', 'SELL'))
);

-- the exchange's prices by market day and hour
CREATE TABLE clearing_prices (
  market_day         DATE    NOT NULL,
  hour_id            INT     NOT NULL,
  price_gbp_per_mwh  DOUBLE  NOT NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT ck_clearing_prices_hour CHECK (hour_id BETWEEN 1 AND 24)
);

CREATE TABLE imbalance_prices (
  market_day         DATE    NOT NULL,
  hour_id            INT     NOT NULL,
  price_gbp_per_mwh  DOUBLE  NOT NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT ck_imbalance_prices_hour CHECK (hour_id BETWEEN 1 AND 24)
);

-- metered readings of the site (NULL = the reading did not have the value)
CREATE TABLE site_readings (
  reading_time          DATETIME(6)  NOT NULL,
  wind_kw               DOUBLE       NULL,
  solar_kw              DOUBLE       NULL,
  office_kw             DOUBLE       NULL,
  computing_centre_kw   DOUBLE       NULL,
  office_temperature_c  DOUBLE       NULL,
  PRIMARY KEY (reading_time)
);

-- how each hour settled
CREATE TABLE settlements (
  market_day                   DATE     NOT NULL,
  hour_id                      INT      NOT NULL,
  filled                       BOOLEAN  NOT NULL,
  contracted_net_mwh           DOUBLE   NOT NULL,
  actual_net_mwh               DOUBLE   NOT NULL,
  clearing_price_gbp_per_mwh   DOUBLE   NOT NULL,
  imbalance_price_gbp_per_mwh  DOUBLE   NOT NULL,
  day_ahead_cash_gbp           DOUBLE   NOT NULL,
  imbalance_cash_gbp           DOUBLE   NOT NULL,
  pnl_gbp                      DOUBLE   NOT NULL,
  PRIMARY KEY (market_day, hour_id),
  CONSTRAINT ck_settlements_hour CHECK (hour_id BETWEEN 1 AND 24)
);

-- model registry
CREATE TABLE models (
  model_id        VARCHAR(128)   NOT NULL,
  created_at      DATETIME(6)    NOT NULL,
  trained_from    DATE           NOT NULL,
  trained_to      DATE           NOT NULL,
  location        VARCHAR(1024)  NOT NULL,
  champion        BOOLEAN        NOT NULL,
  PRIMARY KEY (model_id)
);

CREATE TABLE model_metrics (
  model_id      VARCHAR(128)  NOT NULL,
  metric_name   VARCHAR(128)  NOT NULL,
  metric_value  DOUBLE        NOT NULL,
  PRIMARY KEY (model_id, metric_name),
  CONSTRAINT fk_model_metrics_model FOREIGN KEY (model_id) REFERENCES models (model_id)
);

CREATE INDEX ix_models_created ON models (created_at);
