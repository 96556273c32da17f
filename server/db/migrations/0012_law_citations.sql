ALTER TABLE "law_instruments" ADD COLUMN "cited_by" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The library already imported: how many other instruments cite each one by title (server/laws/citation-counts.ts,
-- which the import runs from now on), a static part of the law search rank.
update law_instruments i set cited_by = c.n
from (
  select cited.id, count(distinct citing.id)::int as n
  from law_articles a
  cross join lateral regexp_matches(a.text, '《([^《》]{2,60})》', 'g') as m(title)
  join law_instruments citing on citing.id = a.instrument_id
  join law_instruments cited
    on cited.short_title = regexp_replace(m.title[1], '^中华人民共和国', '')
    and cited.short_title <> citing.short_title
  group by cited.id
) c
where c.id = i.id;
