import { Alert } from 'antd';
import { ArticleLink } from '../laws/article-link';
import { useMatterMessages } from './messages';
import { useValueLabel } from './payload-form';
import type { LateApplicationWarning, ValueLabels } from './types';

/**
 * The warnings that an application is past a statutory limit (POST /api/matters/opening-check,
 * `lateWarnings` of the registration reply and of the matter): which limit, its last day and the
 * article. A warning, not a refusal — the clerk may still register it, and the organ then accepts it
 * with reasons or refuses it (劳动争议调解仲裁法 第二十七条; 行政复议法 第二十条、第二十一条).
 * `registered`: on the matter's page (the title no longer offers to register).
 */
export function LateWarnings({
  warnings,
  valueLabels,
  registered = false,
}: {
  warnings: LateApplicationWarning[] | undefined;
  valueLabels: ValueLabels;
  registered?: boolean;
}) {
  const m = useMatterMessages();
  const label = useValueLabel(valueLabels);
  if (!warnings?.length) return null;
  const text = (w: LateApplicationWarning) =>
    w.limit === 'labour-limitation'
      ? m('lateLabour', { n: (w.claimIndex ?? 0) + 1, kind: label(w.claimKind), date: w.lastDay })
      : m(`late-${w.limit}`, { date: w.lastDay });
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="late-warnings"
      style={{ marginBottom: 12 }}
      title={m(registered ? 'lateTitleMatter' : 'lateTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={`${w.code}-${w.claimIndex ?? ''}-${w.limit}`} data-testid="late-warning">
              {text(w)} <ArticleLink source={w.source} />
            </li>
          ))}
        </ul>
      }
    />
  );
}
