import { LinkOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Collapse, Descriptions, Space, Spin, Tag, Tooltip } from 'antd';
import { Fragment, type ReactNode, useEffect, useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { articleAnchor, fullText, hashAnchor } from './full-text';
import { ArticleCount, articlePath, instrumentTitle, StatusTag } from './laws-page';
import './laws.css';
import { useLawKindLabel, useLawMessages } from './messages';
import { useInstrument } from './queries';

/**
 * One instrument: its particulars and history, a table of contents, and the full text with chapter headings.
 * /laws/<code>/articles/<key> scrolls to that article and marks it (deep links from citations and search).
 */
export default function InstrumentPage() {
  const m = useLawMessages();
  const kindLabel = useLawKindLabel();
  const { code, key } = useParams();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const query = useInstrument(code);
  const detail = query.data;

  const { hash } = useLocation();
  const body = useMemo(() => (detail ? fullText(detail.articles, detail.chapters) : []), [detail]);

  // The text renders after its data arrives, so the browser's own jump to a fragment finds nothing: scroll
  // here, to the fragment's heading or article (contents links), else to the opened article (with its
  // chapter heading when it opens the chapter). laws.css keeps the target clear of the sticky header.
  useEffect(() => {
    const anchor = hashAnchor(body, hash) ?? (key ? articleAnchor(body, key) : undefined);
    if (anchor) document.getElementById(anchor)?.scrollIntoView({ block: 'start' });
  }, [body, key, hash]);

  if (query.isLoading) return <Spin className="laws-spin" />;
  if (query.error || !detail)
    return <Alert type="error" showIcon title={query.error?.message ?? m('articleNotFound')} />;
  const { instrument, chapters } = detail;
  const missing = key && !detail.articles.some((a) => a.key === key);

  const copyLink = (articleKey: string) => {
    const url = `${window.location.origin}${articlePath(instrument.id, articleKey)}`;
    void navigator.clipboard?.writeText(url).then(() => message.success(m('linkCopied')));
  };

  return (
    <div className="laws-page">
      <PageHeader
        title={instrumentTitle(instrument)}
        subtitle={
          <Space size={4} wrap>
            <Tag>{kindLabel(instrument.kind)}</Tag>
            <StatusTag status={instrument.status} />
            {instrument.issuingBody ? <span>{instrument.issuingBody}</span> : null}
          </Space>
        }
        extra={<Link to="/laws">{m('back')}</Link>}
      />
      {missing ? (
        <Alert type="warning" showIcon title={m('articleNotFound')} className="laws-status" />
      ) : null}
      <div className={`laws-instrument${chapters.length > 0 ? '' : ' laws-no-toc'}`}>
        {chapters.length > 0 ? (
          <aside className="laws-toc">
            <Card size="small" title={m('contents')}>
              <ul>
                {chapters.map((c) => (
                  <li key={c.id} style={{ paddingLeft: (c.level - 1) * 12 }}>
                    <a
                      href={`#chapter-${c.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        // Into the address bar too (a link to the chapter); a second click scrolls again.
                        void navigate({ hash: `chapter-${c.id}` }, { replace: true });
                        document.getElementById(`chapter-${c.id}`)?.scrollIntoView({ block: 'start' });
                      }}
                    >
                      {c.title}
                    </a>
                  </li>
                ))}
              </ul>
            </Card>
          </aside>
        ) : null}
        <main className="laws-text">
          <Card size="small">
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'version', label: m('colVersion'), children: instrument.versionDate ?? '—' },
                { key: 'effective', label: m('colEffective'), children: instrument.effectiveDate ?? '—' },
                {
                  key: 'articles',
                  label: m('colArticles'),
                  children: <ArticleCount count={instrument.articleCount} />,
                },
              ]}
            />
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'history',
                  label: m('history'),
                  children: (
                    <ul className="laws-history">
                      {instrument.history.map((h) => (
                        <li key={h.text}>{h.text}</li>
                      ))}
                    </ul>
                  ),
                },
                ...(instrument.versions.length > 0
                  ? [
                      {
                        key: 'versions',
                        label: m('versions'),
                        children: (
                          <ul className="laws-history">
                            {instrument.versions.map((v) => (
                              <li key={v.id}>
                                <Link to={`/laws/${v.id}`}>
                                  {v.versionDate ?? '—'} {instrumentTitle(v)}
                                </Link>{' '}
                                <StatusTag status={v.status} />
                              </li>
                            ))}
                          </ul>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card size="small" className="laws-body">
            {body.map((part) =>
              part.kind === 'heading' ? (
                <div
                  key={`c${part.chapter.id}`}
                  id={`chapter-${part.chapter.id}`}
                  className={`laws-heading laws-heading-${Math.min(part.chapter.level, 3)}`}
                >
                  {part.chapter.title}
                </div>
              ) : (
                <section
                  key={part.article.key}
                  id={`article-${part.article.key}`}
                  className={`laws-article${part.article.key === key ? ' laws-article-active' : ''}`}
                >
                  {part.article.label ? (
                    <Tooltip title={m('copyLink')}>
                      <Button
                        type="link"
                        size="small"
                        className="laws-article-label"
                        onClick={() => {
                          void navigate(articlePath(instrument.id, part.article.key), { replace: true });
                          copyLink(part.article.key);
                        }}
                      >
                        {part.article.label}
                        <LinkOutlined />
                      </Button>
                    </Tooltip>
                  ) : null}
                  <ArticleText text={part.article.text} />
                </section>
              ),
            )}
          </Card>
        </main>
      </div>
    </div>
  );
}

/** Paragraphs (款) of an article, one per line. */
export function ArticleText({ text }: { text: string }): ReactNode {
  return (
    <div className="laws-article-text">
      {text.split('\n').map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
        <Fragment key={i}>
          <p>{p}</p>
        </Fragment>
      ))}
    </div>
  );
}
