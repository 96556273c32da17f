import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { useStudyMessages } from './messages';
import type { AttemptView, MyPaperItem } from './types';

/** 应知应会测试: the papers open to the user, their attempts and best score; start or continue a test. */
export default function TestsPage() {
  const m = useStudyMessages();
  const navigate = useNavigate();
  const saveError = useSaveError();
  const list = useQuery({
    queryKey: ['study', 'papers', 'mine'],
    queryFn: () => api.get<{ items: MyPaperItem[] }>('/api/study/papers', { view: 'mine' }),
  });
  const start = useMutation({
    mutationFn: (paperId: string) => api.post<AttemptView>(`/api/study/papers/${paperId}/attempts`),
    onSuccess: (attempt) => void navigate(`/study/attempts/${attempt.id}`),
    onError: (error) => saveError(error),
  });
  return (
    <div>
      <PageHeader title={m('testsTitle')} subtitle={m('testsSubtitle')} />
      <Card>
        <Table<MyPaperItem>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          columns={[
            { title: m('paper'), render: (_v, r) => `${r.title}${r.round ? `（${r.round}）` : ''}` },
            {
              title: m('questionsAndScore'),
              render: (_v, r) => m('questionsAndScoreValue', { q: r.questionCount, s: r.maxScore }),
            },
            { title: m('timeLimit'), render: (_v, r) => m('minutesValue', { n: r.timeLimitMinutes }) },
            { title: m('attemptsUsed'), render: (_v, r) => `${r.attemptsUsed} / ${r.maxAttempts}` },
            {
              title: m('bestScore'),
              render: (_v, r) =>
                r.bestScore === null ? (
                  '—'
                ) : (
                  <Tag color={r.bestScore >= r.passScore ? 'green' : 'red'} data-testid="best-score">
                    {r.bestScore}
                  </Tag>
                ),
            },
            {
              title: m('actions'),
              render: (_v, r) =>
                r.openAttemptId ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void navigate(`/study/attempts/${r.openAttemptId}`)}
                  >
                    {m('continueTest')}
                  </Button>
                ) : r.open && r.attemptsUsed < r.maxAttempts ? (
                  // The clock starts with the attempt: ask first, saying how long and which attempt it is.
                  <Popconfirm
                    title={m('startConfirmTitle')}
                    description={m('startConfirm', {
                      q: r.questionCount,
                      n: r.timeLimitMinutes,
                      k: r.attemptsUsed + 1,
                      max: r.maxAttempts,
                    })}
                    okText={m('startTest')}
                    onConfirm={() => start.mutate(r.id)}
                  >
                    <Button size="small" type="primary" loading={start.isPending}>
                      {m('startTest')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Tag>{m(r.open ? 'noAttemptsLeft' : 'notOpen')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
