import { BookOutlined } from '@ant-design/icons';
import { Popover, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n, useParens } from '../../app/i18n';
import { outsideLibrary } from './citation-status';
import { citationText } from './citation-text';
import { ArticleText } from './instrument-page';
import { articlePath, instrumentTitle } from './laws-page';
import './laws.css';
import { useLawMessages } from './messages';
import { useCitations } from './queries';

/**
 * A citation as the rules write it (`法律援助法 第四十三条`, several joined by ；) shown as a link: a click
 * opens the cited article's text in a popover, with a link to it in the law library. Text the library
 * cannot resolve stays visible as it is; a source none of whose instruments the library holds (司法鉴定程序
 * 通则, 人民调解工作若干规定 …) is plain text with the hint 不在法规库中, never a link to nothing (the
 * citation is resolved up front for that, cached per source). Usage:
 * `<ArticleLink source={deadline.source} />`. The visible text is the citation in the console's locale
 * (citation-text.ts: `Legal Aid Law art. 43` in English); `text` shows it in other words. The link
 * always resolves the Chinese `source`, and the popover's article text (the law itself) stays Chinese.
 */
export function ArticleLink({ source, text: given }: { source: string; text?: string }) {
  const { locale } = useI18n();
  const text = given ?? citationText(source, locale);
  const m = useLawMessages();
  const parens = useParens();
  const [open, setOpen] = useState(false);
  const citations = useCitations(source, true);
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
              {citationText(c.text, locale)}
              {locale === 'zh-CN' ? '：' : ': '}
              {c.instrument ? m('articleNotFound') : m('citationNotFound')}
            </div>
          )}
        </div>
      ))}
      {citations.error ? <div className="laws-popover-missing">{citations.error.message}</div> : null}
    </div>
  );
  if (outsideLibrary(citations.data?.citations))
    return (
      <span className="laws-article-plain" data-testid="citation-outside-library">
        {text}
        <span className="laws-popover-missing">{parens(m('notInLibrary'))}</span>
      </span>
    );
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomLeft">
      <button type="button" className="laws-article-link" aria-label={`${text}${parens(m('openArticle'))}`}>
        <BookOutlined /> {text}
      </button>
    </Popover>
  );
}
