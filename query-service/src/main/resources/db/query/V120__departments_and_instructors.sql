-- Partner departments and their instructors (API.md part two). Like member, rows are periods dated by business
-- dates (an empty end while it lasts), so each reads as of any day. A period that ended on the day it began and
-- began again that day is one period: the same answer for every day.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format($table$
            CREATE TABLE %I.partner_department (
                alliance_id   varchar(64) NOT NULL,
                department_id varchar(18) NOT NULL,
                name          text        NOT NULL,
                joined_on     date        NOT NULL,
                withdrawn_on  date,
                PRIMARY KEY (alliance_id, department_id, joined_on)
            )$table$, copy);
        EXECUTE format($table$
            CREATE TABLE %I.instructor (
                alliance_id   varchar(64) NOT NULL,
                instructor_id varchar(64) NOT NULL,
                name          text        NOT NULL,
                department_id varchar(18) NOT NULL,
                appointed_on  date        NOT NULL,
                recalled_on   date,
                PRIMARY KEY (alliance_id, instructor_id)
            )$table$, copy);
        EXECUTE format($table$
            CREATE TABLE %I.instructor_posting (
                alliance_id   varchar(64) NOT NULL,
                instructor_id varchar(64) NOT NULL,
                enterprise_id varchar(18) NOT NULL,
                since         date        NOT NULL,
                ended_on      date,
                end_reason    varchar(32),
                PRIMARY KEY (alliance_id, instructor_id, enterprise_id, since)
            )$table$, copy);
    END LOOP;
    copy := (SELECT active FROM read_model_state WHERE id = 1);
    EXECUTE format('CREATE VIEW partner_department_view AS SELECT * FROM %I.partner_department', copy);
    EXECUTE format('CREATE VIEW instructor_view AS SELECT * FROM %I.instructor', copy);
    EXECUTE format('CREATE VIEW instructor_posting_view AS SELECT * FROM %I.instructor_posting', copy);
END
$$;
