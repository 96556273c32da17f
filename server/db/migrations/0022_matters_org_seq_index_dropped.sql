-- A matter's number is unique by matters_number_text_uq (migration 0020). The per-organisation index on
-- (org_id, service, year, seq) refused a valid matter when an organisation's short name changed within a
-- year: the new printed series starts at 1 again while the organisation already holds sequence 1.
DROP INDEX "matters_number_uq";
