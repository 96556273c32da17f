import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';

/**
 * Counts, for every instrument, the other instruments of the library whose articles cite it by its title in
 * book-title marks — 《中华人民共和国劳动法》 or 《劳动法》 (the title without 中华人民共和国 is `short_title`) —
 * and stores the count in `law_instruments.cited_by`. Other versions of the same title do not count, nor does
 * an instrument citing itself; every version of a title gets the count. On the full corpus: 民事诉讼法 212,
 * 民法典 105, 劳动法 22, 劳动合同法 17, most instruments 0; one pass over the articles (< 1 s).
 * Called by the import; migration 0012 ran the same statement on the library already imported.
 */
export async function countCitations(tx: Executor): Promise<void> {
  await tx.execute(sql`
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
    where c.id = i.id`);
}
