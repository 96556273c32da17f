-- The tickets transferred to a window and waiting for it: with tickets_waiting_service_idx, call-next reads
-- the head of each queue a window calls from instead of stepping over other services' waiting tickets
-- (server/use-cases/queue/call-order-sql.ts nextTicketIdSql). Almost no ticket is in it.
CREATE INDEX "tickets_transferred_idx" ON "tickets" USING btree ("window_id","business_date","queued_at","id") WHERE "tickets"."status" = 'waiting' and "tickets"."window_id" is not null;
