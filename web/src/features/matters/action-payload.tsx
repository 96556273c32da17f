import { useI18n } from '../../app/i18n';
import { ArticleLink } from '../laws/article-link';
import { describePayload } from './payload-display';
import type { CatalogAction, ValueLabels } from './types';

/** An action's payload in the action log: each field by its name, values readable (payload-display.ts). */
export function ActionPayload({
  payload,
  action,
  valueLabels,
}: {
  payload: Record<string, unknown>;
  action: CatalogAction | undefined;
  valueLabels: ValueLabels;
}) {
  const { locale } = useI18n();
  const lines = describePayload(payload, action, valueLabels, locale);
  if (lines.length === 0) return null;
  return (
    <dl className="matters-payload" data-testid="action-payload">
      {lines.map((line) => (
        <div key={line.key} className="matters-payload-line">
          <dt>
            {line.label}
            {locale === 'zh-CN' ? '：' : ':'}
          </dt>
          <dd>
            {line.articles
              ? line.articles.map((source) => <ArticleLink key={source} source={source} />)
              : line.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}
