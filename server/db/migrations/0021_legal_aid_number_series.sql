-- A legal-aid matter's number series is its printed head, the agency's short name and '法援' ('包法援' of
-- '包法援〔2026〕第0001号'), not the agency: two agencies printing the same short name each had a counter
-- (legal_aid_counters) and both printed 包法援〔2026〕第0001号. Legal-aid numbers now count per head and year in
-- matter_number_series, with the window matters (migration 0020; their heads never end in 法援), and a number
-- is unique. The per-agency index on (org_id, year, seq) goes: an agency whose short name changes starts
-- another series, where its sequences may repeat.
DROP INDEX "legal_aid_matters_number_uq";--> statement-breakpoint
-- Numbers already given twice: the first matter (by creation) keeps it; each later one gets the next free
-- sequence of its series, recorded in the audit log (legal-aid.renumber, with the number before and after).
-- A series' highest sequence given is its matters' highest, or an agency's old counter when ahead of them
-- (a matter gone since) in the series its matters of that year printed, so no number is given again. The
-- ticket that opened the matter (tickets.matter_id) and its rating (evaluations.subject_number) keep the
-- number too, and follow it.
WITH numbered AS (
	SELECT id, org_id, number, split_part(number, '〔', 1) AS head, year, seq,
	       row_number() OVER (PARTITION BY number ORDER BY created_at, id) AS nth
	FROM legal_aid_matters
), series AS (
	SELECT head, year, max(seq) AS max_seq FROM (
		SELECT split_part(number, '〔', 1) AS head, year, seq FROM legal_aid_matters
		UNION ALL
		SELECT DISTINCT split_part(m.number, '〔', 1), c.year, c.last_seq
		FROM legal_aid_counters AS c JOIN legal_aid_matters AS m ON m.org_id = c.org_id AND m.year = c.year
	) AS given
	GROUP BY head, year
), renumbered AS (
	SELECT n.id, n.org_id, n.number AS before_number, n.head, n.year,
	       s.max_seq + row_number() OVER (PARTITION BY n.head, n.year ORDER BY n.seq, n.id) AS new_seq
	FROM numbered AS n JOIN series AS s ON s.head = n.head AND s.year = n.year
	WHERE n.nth > 1
), updated AS (
	UPDATE legal_aid_matters AS m
	SET seq = r.new_seq,
	    number = r.head || '〔' || r.year || '〕第' ||
	             CASE WHEN r.new_seq < 10000 THEN lpad(r.new_seq::text, 4, '0') ELSE r.new_seq::text END || '号'
	FROM renumbered AS r
	WHERE m.id = r.id
	RETURNING m.id, m.org_id, m.ticket_id, m.number, r.before_number
), tickets_renumbered AS (
	UPDATE tickets AS t SET matter_id = u.number
	FROM updated AS u
	WHERE t.id = u.ticket_id AND t.matter_id = u.before_number
	RETURNING t.id
), evaluations_renumbered AS (
	UPDATE evaluations AS e SET subject_number = u.number
	FROM updated AS u
	WHERE e.matter_id = u.id AND e.subject_number = u.before_number
	RETURNING e.id
)
INSERT INTO audit_log (actor_name, org_id, action, entity_type, entity_id, reason, before, after)
SELECT '系统（数据库迁移 0021）', u.org_id, 'legal-aid.renumber', 'legal-aid-matter', u.id::text,
       '与其他法律援助事项编号重复，改为本编号系列的下一个号',
       jsonb_build_object('number', u.before_number), jsonb_build_object('number', u.number)
FROM updated AS u;
--> statement-breakpoint
-- Each series goes on after the highest sequence given in it (as above).
INSERT INTO matter_number_series (head, year, last_seq)
SELECT head, year, max(seq) FROM (
	SELECT split_part(number, '〔', 1) AS head, year, seq FROM legal_aid_matters
	UNION ALL
	SELECT DISTINCT split_part(m.number, '〔', 1), c.year, c.last_seq
	FROM legal_aid_counters AS c JOIN legal_aid_matters AS m ON m.org_id = c.org_id AND m.year = c.year
) AS given
GROUP BY head, year
ON CONFLICT (head, year) DO UPDATE SET last_seq = greatest(matter_number_series.last_seq, excluded.last_seq);
--> statement-breakpoint
DROP TABLE "legal_aid_counters" CASCADE;--> statement-breakpoint
CREATE UNIQUE INDEX "legal_aid_matters_number_uq" ON "legal_aid_matters" USING btree ("number");
