import type { ReactNode } from 'react';

/** The title block every console page starts with: title, one line of purpose, actions on the right. */
export function PageHeader({
  title,
  subtitle,
  extra,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <div className="lh-page-header">
      <div>
        <h1 className="lh-page-title">{title}</h1>
        {subtitle ? <div className="lh-page-subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="lh-page-extra">{extra}</div> : null}
    </div>
  );
}
