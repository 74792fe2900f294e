-- The tables of each read-model copy are named after what they hold; the views queries read over the active copy
-- are named after them with "_view" (ReadModelSchemas). The views follow the renamed tables by themselves.
DO $$
DECLARE
    copy text;
BEGIN
    FOREACH copy IN ARRAY ARRAY['read_a', 'read_b'] LOOP
        EXECUTE format('ALTER TABLE %I.alliance_view RENAME TO alliance', copy);
        EXECUTE format('ALTER TABLE %I.member_view RENAME TO member', copy);
        EXECUTE format('ALTER TABLE %I.application_view RENAME TO application', copy);
        EXECUTE format('ALTER TABLE %I.application_vote_view RENAME TO application_vote', copy);
        EXECUTE format('ALTER TABLE %I.deal_view RENAME TO deal', copy);
    END LOOP;
END $$;
ALTER VIEW public.alliance_version RENAME TO alliance_version_view;
ALTER VIEW public.chair_term RENAME TO chair_term_view;
