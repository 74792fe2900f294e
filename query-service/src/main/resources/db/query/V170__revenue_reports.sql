-- Every revenue report of an enterprise (IndicatorProjection), each revision a row of its own, in both read-model
-- copies, with a view over the active one. sequence is the report's place in the enterprise's indicator stream:
-- a year's revisions are numbered by it, and the latest known by a day is the one reported last by then.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($sql$
            CREATE TABLE %I.revenue_report (
                enterprise_id varchar(64)    NOT NULL,
                sequence      bigint         NOT NULL,
                year          integer        NOT NULL,
                revenue_cny   numeric(18, 2) NOT NULL,
                reported_on   date           NOT NULL,
                disclosure    varchar(16)    NOT NULL,
                source        text,
                note          text,
                recorded_at   timestamptz    NOT NULL,
                submitted_by  text,
                PRIMARY KEY (enterprise_id, sequence)
            )$sql$, copy);
        EXECUTE format('CREATE INDEX revenue_report_year ON %I.revenue_report (year, enterprise_id)', copy);
    END LOOP;
    EXECUTE format('CREATE VIEW revenue_report_view AS SELECT * FROM %I.revenue_report',
                   (SELECT active FROM read_model_state WHERE id = 1));
END
$$;
