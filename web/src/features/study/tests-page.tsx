import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
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
            { title: '试卷', render: (_v, r) => `${r.title}${r.round ? `（${r.round}）` : ''}` },
            { title: '题量 / 满分', render: (_v, r) => `${r.questionCount} 题 / ${r.maxScore} 分` },
            { title: '限时', render: (_v, r) => `${r.timeLimitMinutes} 分钟` },
            { title: '已答 / 可答', render: (_v, r) => `${r.attemptsUsed} / ${r.maxAttempts}` },
            {
              title: '最高分',
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
              title: '操作',
              render: (_v, r) =>
                r.openAttemptId ? (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void navigate(`/study/attempts/${r.openAttemptId}`)}
                  >
                    继续答题
                  </Button>
                ) : r.open && r.attemptsUsed < r.maxAttempts ? (
                  <Button
                    size="small"
                    type="primary"
                    loading={start.isPending}
                    onClick={() => start.mutate(r.id)}
                  >
                    开始答题
                  </Button>
                ) : (
                  <Tag>{r.open ? '已用完答题次数' : '未开放'}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
