import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Popconfirm, Radio, Result, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import type { AttemptView } from './types';

const LETTERS = 'ABCDEF';

function remaining(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * 答题: the questions and options in this taker's own order (the server shuffles per person and never sends
 * the answers before grading), a countdown to the deadline (server time), answers saved as they are given,
 * submitted by the taker or when the time is up.
 */
export default function AttemptPage() {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const { id = '' } = useParams();
  const saveError = useSaveError();
  const queryClient = useQueryClient();
  const key = ['study', 'attempts', id];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<AttemptView>(`/api/study/attempts/${id}`) });
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const loaded = useRef(false);
  const [now, setNow] = useState(Date.now());
  const data = q.data;
  useEffect(() => {
    if (data && !loaded.current) {
      loaded.current = true;
      setAnswers(data.answers);
    }
  }, [data]);
  const offset = useMemo(() => (data ? new Date(data.serverNow).getTime() - Date.now() : 0), [data]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const save = useMutation({
    mutationFn: (next: Record<string, number[]>) =>
      api.put(`/api/study/attempts/${id}/answers`, { answers: next }),
  });
  const submit = useMutation({
    mutationFn: () => api.post<AttemptView>(`/api/study/attempts/${id}/submit`, { answers }),
    onSuccess: (view) => {
      queryClient.setQueryData(key, view);
      void queryClient.invalidateQueries({ queryKey: ['study', 'papers'] });
    },
    onError: (error) => saveError(error),
  });
  const left = data ? new Date(data.deadlineAt).getTime() - (now + offset) : 0;
  const timeUp = data?.status === 'open' && left <= 0;
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (timeUp && !submitRef.current.isPending && !submitRef.current.isSuccess) submitRef.current.mutate();
  }, [timeUp]);
  if (!data) return <Card loading={q.isPending} />;
  const answer = (questionId: string, value: number[]) => {
    const next = { ...answers, [questionId]: value };
    setAnswers(next);
    save.mutate(next);
  };
  const result = data.result;
  const correctOf = new Map(result?.items.map((i) => [i.questionId, i.correct]) ?? []);
  const reviewOf = new Map(result?.review?.map((r) => [r.questionId, r]) ?? []);
  const answeredCount = data.questions.filter((qq) => (answers[qq.id] ?? []).length > 0).length;
  return (
    <div>
      <PageHeader
        title={data.paperTitle}
        subtitle={m('attemptOf', { n: data.attemptNo, max: data.maxAttempts })}
        extra={
          data.status === 'open' ? (
            <Space>
              <Tag
                color={left < 60_000 ? 'red' : 'blue'}
                style={{ fontSize: 16, padding: '4px 8px' }}
                data-testid="countdown"
              >
                {m('timeLeft', { t: remaining(left) })}
              </Tag>
              <Popconfirm
                title={m('submitConfirm', { a: answeredCount, n: data.questions.length })}
                onConfirm={() => submit.mutate()}
              >
                <Button type="primary" loading={submit.isPending}>
                  {m('submit')}
                </Button>
              </Popconfirm>
            </Space>
          ) : null
        }
      />
      {result ? (
        <Card style={{ marginBottom: 16 }}>
          <Result
            status={result.passed ? 'success' : 'warning'}
            title={
              <span>
                {m('score')} <span data-testid="attempt-score">{result.score}</span> / {result.maxScore}
              </span>
            }
            subTitle={`${m('passScoreIs', { n: result.passScore })}${m('clauseSeparator')}${m(result.passed ? 'passed' : 'failed')}${result.review ? '' : m('answersLater')}`}
            extra={
              <Link to="/study/tests">
                <Button>{m('backToTests')}</Button>
              </Link>
            }
          />
        </Card>
      ) : null}
      {timeUp && !result ? (
        <Alert type="warning" showIcon title={m('timeUp')} style={{ marginBottom: 16 }} />
      ) : null}
      {data.questions.map((question, n) => {
        const value = answers[question.id] ?? [];
        const review = reviewOf.get(question.id);
        const options = question.options.map((o, i) => ({
          value: i,
          label: (
            <span style={{ fontWeight: review?.correctPositions.includes(i) ? 600 : 400 }}>
              {LETTERS[i]}. {o}
              {review?.correctPositions.includes(i) ? ' ✓' : ''}
            </span>
          ),
        }));
        const disabled = data.status !== 'open';
        return (
          <Card key={question.id} size="small" style={{ marginBottom: 12 }} data-testid="attempt-question">
            <Typography.Paragraph strong>
              {n + 1}. [{vocabulary.questionKind[question.kind]}]{' '}
              <span data-testid="question-stem">{question.stem}</span>{' '}
              {correctOf.has(question.id) ? (
                <Tag color={correctOf.get(question.id) ? 'green' : 'red'}>
                  {m(correctOf.get(question.id) ? 'correct' : 'wrong')}
                </Tag>
              ) : null}
            </Typography.Paragraph>
            {question.kind === 'multiple' ? (
              <Checkbox.Group
                disabled={disabled}
                value={value}
                onChange={(v) =>
                  answer(
                    question.id,
                    (v as number[]).slice().sort((a, b) => a - b),
                  )
                }
                options={options}
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              />
            ) : (
              <Radio.Group
                disabled={disabled}
                value={value[0]}
                onChange={(e) => answer(question.id, [e.target.value as number])}
                options={options}
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              />
            )}
            {review?.explanation ? (
              <Typography.Text type="secondary">
                {m('explanation')}
                {review.explanation}
              </Typography.Text>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}
