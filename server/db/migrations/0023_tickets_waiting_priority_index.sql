-- call-next's second step (call-order-sql.ts nextTicketIdSql: no ticket aged, the earliest priority ticket)
-- walked tickets_waiting_service_idx over every normal ticket queued before the first priority one; this
-- partial index holds only waiting priority tickets, so that step reads one entry.
CREATE INDEX "tickets_waiting_service_priority_idx" ON "tickets" USING btree ("org_id","business_date","service_code","queued_at","id") WHERE "tickets"."status" = 'waiting' and "tickets"."window_id" is null and "tickets"."priority";