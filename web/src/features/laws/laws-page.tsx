import { LAW_KINDS } from '@core/laws';
import { Alert, Card, Empty, Input, List, Pagination, Select, Space, Table, Tag, Tooltip } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import './laws.css';
import { useLawKindLabel, useLawMessages } from './messages';
import { type LawFilters, useInstrumentList, useLawSearch, useLibraryStatus } from './queries';
import type { InstrumentSummary } from './types';

/** Where an article lives in the console: /laws/<instrument>/articles/<key>. */
export const articlePath = (instrument: string, key: string) => `/laws/${instrument}/articles/${key}`;

export function instrumentTitle(i: Pick<InstrumentSummary, 'title' | 'subtitle'>): string {
  return i.subtitle ? `${i.title}·${i.subtitle}` : i.title;
}

export function StatusTag({ status }: { status: InstrumentSummary['status'] }) {
  const m = useLawMessages();
  return status === 'current' ? <Tag color="green">{m('current')}</Tag> : <Tag>{m('superseded')}</Tag>;
}

/**
 * 条数 of an instrument. 0 is not an error: 129 instruments of the corpus are not divided into 第X条
 * (decisions numbered 一、二、…, 刑法修正案, 罪名 supplements, the 人体损伤程度鉴定标准, published cases); their
 * whole text is kept as passages, so they read 不分条 (with a hint to the full text) instead of 0.
 */
export function ArticleCount({ count }: { count: number }) {
  const m = useLawMessages();
  if (count > 0) return <>{count}</>;
  return (
    <Tooltip title={m('notDividedHint')}>
      <span className="laws-not-divided">{m('notDivided')}</span>
    </Tooltip>
  );
}

/**
 * 法律法规库: the instrument list (by authority, filter by title, kind and status) and, when a search is
 * typed, the ranked article hits with the matched words highlighted. State lives in the URL (?q=&kind=…).
 */
export default function LawsPage() {
  const m = useLawMessages();
  const kindLabel = useLawKindLabel();
  const [params, setParams] = useSearchParams();
  const filters: LawFilters = {
    q: params.get('q') ?? undefined,
    kind: params.get('kind') ?? undefined,
    status: (params.get('status') as LawFilters['status']) ?? undefined,
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: 20,
  };
  const title = params.get('title') ?? '';
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  const status = useLibraryStatus();
  const searching = Boolean(filters.q?.trim());
  const list = useInstrumentList({ ...filters, q: title || undefined }, !searching);
  const kinds = useInstrumentList({ page: 1, pageSize: 1 }).data?.kinds ?? [];

  return (
    <div className="laws-page">
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <LibraryStatusBanner />
      <Card className="laws-toolbar">
        <Space wrap size="middle" style={{ width: '100%' }}>
          <Input.Search
            key={filters.q ?? ''}
            className="laws-search-input"
            style={{ width: 'min(520px, 100%)' }}
            defaultValue={filters.q}
            placeholder={m('searchPlaceholder')}
            aria-label={m('searchPlaceholder')}
            allowClear
            enterButton
            onSearch={(value) => update({ q: value.trim() || undefined })}
          />
          <Select
            className="laws-kind-select"
            value={filters.kind ?? ''}
            onChange={(value) => update({ kind: value || undefined })}
            options={[
              { value: '', label: m('allKinds') },
              ...LAW_KINDS.map((kind) => {
                const n = kinds.find((k) => k.kind === kind)?.count;
                return { value: kind, label: n ? `${kindLabel(kind)}（${n}）` : kindLabel(kind) };
              }),
            ]}
          />
          <Select
            className="laws-status-select"
            value={filters.status ?? ''}
            onChange={(value) => update({ status: value || undefined })}
            options={[
              { value: '', label: m('allStatuses') },
              { value: 'current', label: m('current') },
              { value: 'superseded', label: m('superseded') },
            ]}
          />
          {searching ? null : (
            <Input
              key={title}
              allowClear
              defaultValue={title}
              placeholder={m('titlePlaceholder')}
              aria-label={m('titlePlaceholder')}
              onPressEnter={(e) => update({ title: e.currentTarget.value.trim() || undefined })}
              onChange={(e) => {
                if (e.target.value === '') update({ title: undefined });
              }}
            />
          )}
        </Space>
      </Card>
      {searching ? (
        <SearchResults filters={filters} onPage={(page) => update({ page: String(page) })} />
      ) : (
        <Table<InstrumentSummary>
          rowKey="id"
          loading={list.isFetching && !list.data}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: status.data?.state === 'ready' ? undefined : <Empty description={m('title')} />,
          }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => update({ page: String(page) }),
          }}
          columns={[
            {
              title: m('colTitle'),
              key: 'title',
              render: (_, i) => <Link to={`/laws/${i.id}`}>{instrumentTitle(i)}</Link>,
            },
            { title: m('colKind'), dataIndex: 'kind', width: 130, render: (v: string) => kindLabel(v) },
            { title: m('colBody'), dataIndex: 'issuingBody', width: 200, render: (v) => v ?? '—' },
            { title: m('colVersion'), dataIndex: 'versionDate', width: 120, render: (v) => v ?? '—' },
            {
              title: m('colArticles'),
              dataIndex: 'articleCount',
              width: 80,
              align: 'right',
              render: (n: number) => <ArticleCount count={n} />,
            },
            {
              title: m('colStatus'),
              dataIndex: 'status',
              width: 100,
              render: (v: InstrumentSummary['status']) => <StatusTag status={v} />,
            },
          ]}
        />
      )}
    </div>
  );
}

/** Instruments whose title holds the search words, shown above the article hits. */
const TITLE_HITS = 5;

function SearchResults({ filters, onPage }: { filters: LawFilters; onPage: (page: number) => void }) {
  const m = useLawMessages();
  const kindLabel = useLawKindLabel();
  const search = useLawSearch(filters);
  // A search by a law's name (法律援助法) finds the law itself, not only articles that quote its words.
  const query = filters.q?.trim() ?? '';
  const titled = useInstrumentList({
    q: query,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    page: 1,
    pageSize: TITLE_HITS,
  }).data;
  const data = search.data;
  if (search.error) return <Alert type="error" showIcon title={search.error.message} />;
  return (
    <Card className="laws-results">
      {titled && titled.total > 0 ? (
        <div className="laws-title-hits" data-testid="laws-title-hits">
          <span>{m('titleHits', { q: query, n: titled.total })}</span>
          {titled.items.map((i) => (
            <Link key={i.id} to={`/laws/${i.id}`}>
              {instrumentTitle(i)}
            </Link>
          ))}
          {titled.total > TITLE_HITS ? (
            <Link to={`/laws?${new URLSearchParams({ title: query })}`}>
              {m('moreTitleHits', { n: titled.total })}
            </Link>
          ) : null}
        </div>
      ) : null}
      {data ? (
        <div className="laws-results-count">
          {data.capped ? m('hitsCapped', { n: data.total }) : m('hits', { n: data.total })}
        </div>
      ) : null}
      <List
        loading={search.isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={m('noHits')} /> }}
        renderItem={(hit) => (
          <List.Item className="laws-hit">
            <div className="laws-hit-head">
              <Link to={articlePath(hit.instrument.id, hit.article.key)} className="laws-hit-link">
                {instrumentTitle(hit.instrument)} {hit.article.label ?? m('passage')}
              </Link>
              <Space size={4}>
                <Tag>{kindLabel(hit.instrument.kind)}</Tag>
                <StatusTag status={hit.instrument.status} />
              </Space>
            </div>
            <Snippet html={hit.snippet} />
          </List.Item>
        )}
      />
      {data && data.total > filters.pageSize ? (
        <Pagination
          className="laws-pagination"
          current={filters.page}
          pageSize={filters.pageSize}
          total={data.total}
          showSizeChanger={false}
          onChange={onPage}
        />
      ) : null}
    </Card>
  );
}

export function LibraryStatusBanner() {
  const m = useLawMessages();
  const { data } = useLibraryStatus();
  if (!data || data.state === 'ready') return null;
  const text =
    data.state === 'importing'
      ? data.progress
        ? m('importing', data.progress)
        : m('importingStart')
      : data.state === 'failed'
        ? m('failed', { message: data.message ?? '' })
        : m('empty');
  return (
    <Alert className="laws-status" type={data.state === 'failed' ? 'error' : 'info'} showIcon title={text} />
  );
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const unescapeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** The server's snippet (escaped text, matches in <mark>) rendered as React text: no HTML is injected. */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/<mark>(.*?)<\/mark>/g);
  return (
    <div className="laws-snippet">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed parts of one snippet
          <mark key={i}>{unescapeHtml(part)}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed parts of one snippet
          <span key={i}>{unescapeHtml(part)}</span>
        ),
      )}
    </div>
  );
}
