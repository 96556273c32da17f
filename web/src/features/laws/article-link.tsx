import { BookOutlined } from '@ant-design/icons';
import { Popover, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ArticleText } from './instrument-page';
import { articlePath, instrumentTitle } from './laws-page';
import './laws.css';
import { useLawMessages } from './messages';
import { useCitations } from './queries';

/**
 * A citation as the rules write it (`法律援助法 第四十三条`, several joined by ；) shown as a link: a click
 * opens the cited article's text in a popover, with a link to it in the law library. Text the library
 * cannot resolve stays visible as it is. Usage: `<ArticleLink source={deadline.source} />`.
 */
export function ArticleLink({ source }: { source: string }) {
  const m = useLawMessages();
  const [open, setOpen] = useState(false);
  const citations = useCitations(source, open);
  const content = citations.isLoading ? (
    <Spin size="small" />
  ) : (
    <div className="laws-popover">
      {(citations.data?.citations ?? []).map((c) => (
        <div key={c.text} className="laws-popover-item">
          {c.instrument && c.article ? (
            <>
              <div className="laws-popover-title">
                {instrumentTitle(c.instrument)} {c.article.label}
              </div>
              <ArticleText text={c.article.text} />
              <Link to={articlePath(c.instrument.id, c.article.key)} onClick={() => setOpen(false)}>
                {m('openArticle')}
              </Link>
            </>
          ) : (
            <div className="laws-popover-missing">
              {c.text}：{c.instrument ? m('articleNotFound') : m('citationNotFound')}
            </div>
          )}
        </div>
      ))}
      {citations.error ? <div className="laws-popover-missing">{citations.error.message}</div> : null}
    </div>
  );
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft">
      <button type="button" className="laws-article-link" aria-label={`${source}（${m('openArticle')}）`}>
        <BookOutlined /> {source}
      </button>
    </Popover>
  );
}
