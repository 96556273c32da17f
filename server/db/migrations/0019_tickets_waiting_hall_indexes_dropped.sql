-- Two indexes fewer to keep up at every issue and every call. tickets_waiting_priority_idx was never read.
-- tickets_waiting_idx served only the hall's waiting counts per service (board, kiosk services list,
-- metrics), which read one center's day on tickets_org_date_idx as well; a service's own queue (the people
-- ahead of a new ticket, the head call-next takes) reads tickets_waiting_service_idx (migration 0015).
DROP INDEX "tickets_waiting_idx";--> statement-breakpoint
DROP INDEX "tickets_waiting_priority_idx";
