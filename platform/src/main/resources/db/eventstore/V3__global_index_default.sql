-- query-service reads (and its tests append) with Axon's JDBC engine, which leaves global_index to the database.
-- The same sequence as Hibernate's, which allocates one number at a time, so both can append side by side.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');
