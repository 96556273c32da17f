-- A matter's number series is its printed head, the organisation's short name and the service's type word
-- ('包调' of '包调〔2026〕第0001号'), not the organisation: the city bureau, its service center and the
-- mediation committees under it all print '包', and each had its own counter, so two matters could get the
-- same number. The series now counts per head and year, and a number is unique.
CREATE TABLE "matter_number_series" (
	"head" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "matter_number_series_head_year_pk" PRIMARY KEY("head","year")
);
--> statement-breakpoint
-- Numbers already given twice: the first matter (by opening) keeps it; each later one gets the next free
-- sequence of its series, recorded in the audit log (matter.renumber, with the number before and after).
WITH numbered AS (
	SELECT id, org_id, number, split_part(number, '〔', 1) AS head, year, seq,
	       row_number() OVER (PARTITION BY number ORDER BY opened_at, id) AS nth
	FROM matters
), series AS (
	SELECT split_part(number, '〔', 1) AS head, year, max(seq) AS max_seq FROM matters GROUP BY 1, 2
), renumbered AS (
	SELECT n.id, n.org_id, n.number AS before_number, n.head, n.year,
	       s.max_seq + row_number() OVER (PARTITION BY n.head, n.year ORDER BY n.seq, n.id) AS new_seq
	FROM numbered AS n JOIN series AS s ON s.head = n.head AND s.year = n.year
	WHERE n.nth > 1
), updated AS (
	UPDATE matters AS m
	SET seq = r.new_seq,
	    number = r.head || '〔' || r.year || '〕第' ||
	             CASE WHEN r.new_seq < 10000 THEN lpad(r.new_seq::text, 4, '0') ELSE r.new_seq::text END || '号'
	FROM renumbered AS r
	WHERE m.id = r.id
	RETURNING m.id, m.org_id, m.number, r.before_number
)
INSERT INTO audit_log (actor_name, org_id, action, entity_type, entity_id, reason, before, after)
SELECT '系统（数据库迁移 0020）', u.org_id, 'matter.renumber', 'matter', u.id::text,
       '与其他事项编号重复，改为本编号系列的下一个号',
       jsonb_build_object('number', u.before_number), jsonb_build_object('number', u.number)
FROM updated AS u;
--> statement-breakpoint
INSERT INTO matter_number_series (head, year, last_seq)
SELECT split_part(number, '〔', 1), year, max(seq) FROM matters GROUP BY 1, 2;
--> statement-breakpoint
DROP TABLE "matter_counters" CASCADE;--> statement-breakpoint
CREATE UNIQUE INDEX "matters_number_text_uq" ON "matters" USING btree ("number");
