-- Bounded columns take their types from the limits command-service checks at the door (ReadModelColumns), so an
-- acknowledged value can always be stored: numeric(20, 2) overflowed at 10^18 CNY before the door had a limit.
-- A quorum is any number from 0 to 1, stored as given (numeric(6, 5) rounded what it did not hold).
DROP VIEW deal_view;
DROP VIEW alliance_view;

ALTER TABLE read_a.deal_view ALTER COLUMN value_cny TYPE ${money},
                             ALTER COLUMN quantity_amount TYPE ${quantity},
                             ALTER COLUMN quantity_unit TYPE ${unit};
ALTER TABLE read_b.deal_view ALTER COLUMN value_cny TYPE ${money},
                             ALTER COLUMN quantity_amount TYPE ${quantity},
                             ALTER COLUMN quantity_unit TYPE ${unit};
ALTER TABLE read_a.alliance_view ALTER COLUMN quorum TYPE numeric;
ALTER TABLE read_b.alliance_view ALTER COLUMN quorum TYPE numeric;

DO $$
DECLARE
    active text := (SELECT active FROM read_model_state WHERE id = 1);
BEGIN
    EXECUTE format('CREATE VIEW deal_view AS SELECT * FROM %I.deal_view', active);
    EXECUTE format('CREATE VIEW alliance_view AS SELECT * FROM %I.alliance_view', active);
END
$$;
