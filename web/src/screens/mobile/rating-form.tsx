import {
  COMPLAINT_TAGS,
  EVALUATION_LEVEL_LABELS,
  EVALUATION_LEVELS,
  type EvaluationLevel,
  isBadReview,
  PRAISE_TAGS,
} from '@core/evaluation';
import { Alert, Button, Input, Tag } from 'antd';
import { useState } from 'react';
import { screenMessage } from '../public-fetch';

export interface RatingValue {
  level: EvaluationLevel;
  tags: string[];
  comment?: string;
}

/** 好差评: five levels (非常满意 … 非常不满意), the tags that fit the level, an optional comment. */
export function RatingForm({
  onSubmit,
  title = '请对本次服务进行评价',
  withTags = true,
}: {
  onSubmit: (value: RatingValue) => Promise<unknown>;
  title?: string;
  withTags?: boolean;
}) {
  const [level, setLevel] = useState<EvaluationLevel>();
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const options: Record<string, string> =
    level === undefined ? {} : isBadReview(level) ? COMPLAINT_TAGS : PRAISE_TAGS;
  const submit = async () => {
    if (level === undefined) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({ level, tags, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } catch (e) {
      setError(screenMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="m-card" data-testid="rating-form">
      <div className="m-question">{title}</div>
      <div className="m-levels" role="radiogroup" aria-label="评价等级">
        {EVALUATION_LEVELS.map((l) => (
          <Button
            key={l}
            type={level === l ? 'primary' : 'default'}
            danger={isBadReview(l) && level === l}
            role="radio"
            aria-checked={level === l}
            onClick={() => {
              setLevel(l);
              setTags([]);
            }}
          >
            {EVALUATION_LEVEL_LABELS[l]}
          </Button>
        ))}
      </div>
      {withTags && level !== undefined ? (
        <div className="m-tags">
          {Object.entries(options).map(([code, label]) => (
            <Tag.CheckableTag
              key={code}
              checked={tags.includes(code)}
              onChange={(on) => setTags((t) => (on ? [...t, code] : t.filter((x) => x !== code)))}
            >
              {label}
            </Tag.CheckableTag>
          ))}
        </div>
      ) : null}
      {level !== undefined ? (
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={
            isBadReview(level) ? '请说明不满意的原因，我们将在 1 个工作日内回访' : '您的意见和建议（选填）'
          }
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-label="评价内容"
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 10 }} /> : null}
      <div className="m-actions">
        <Button type="primary" disabled={level === undefined} loading={busy} onClick={submit}>
          提交评价
        </Button>
      </div>
    </div>
  );
}

/** The rating already given, the rectification state and, once rectified, the follow-up rating. */
export function RatingDone({
  given,
  rectification,
  onFollowUp,
}: {
  given: { levelLabel: string };
  rectification: { statusLabel: string; followUpAllowed: boolean } | null;
  onFollowUp: (value: RatingValue) => Promise<unknown>;
}) {
  return (
    <div className="m-card" data-testid="rating-done">
      <div className="m-question">感谢您的评价</div>
      <div>您的评价：{given.levelLabel}</div>
      {rectification ? (
        <div className="m-muted" style={{ marginTop: 8 }}>
          整改进度：{rectification.statusLabel}
        </div>
      ) : null}
      {rectification?.followUpAllowed ? (
        <RatingForm title="整改已完成，请您对整改结果进行复评" withTags={false} onSubmit={onFollowUp} />
      ) : null}
    </div>
  );
}
