import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { decimal, percent, QUESTION_KIND_LABELS } from './labels';
import { SummaryRow } from './papers-page';
import type { PaperResults } from './types';

const LETTERS = 'ABCDEF';

/** 成绩与试题分析 of one paper: the summary, each person's best score, and each item's statistics. */
export default function PaperResultsPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['study', 'papers', 'results', id],
    queryFn: () => api.get<PaperResults>(`/api/study/papers/${id}/results`),
  });
  const data = q.data;
  if (!data) return <Card loading={q.isPending} />;
  return (
    <div>
      <PageHeader
        title={`${data.paper.title}${data.paper.round ? `（${data.paper.round}）` : ''}`}
        subtitle="成绩与试题分析"
      />
      <Card style={{ marginBottom: 16 }}>
        <SummaryRow summary={data.summary} />
      </Card>
      <Card title="个人成绩" style={{ marginBottom: 16 }}>
        <Table
          rowKey="userId"
          size="small"
          dataSource={data.people}
          data-testid="paper-people"
          columns={[
            { title: '姓名', dataIndex: 'name' },
            { title: '单位', dataIndex: 'unit' },
            { title: '答题次数', dataIndex: 'attempts' },
            { title: '最高分', render: (_v, r) => r.bestScore ?? '未参加' },
            {
              title: '结果',
              render: (_v, r) =>
                r.passed === null ? (
                  '—'
                ) : (
                  <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? '及格' : '不及格'}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card title="试题分析（选项按题库原顺序统计）">
        <Table
          rowKey="questionId"
          size="small"
          dataSource={data.items}
          columns={[
            { title: '题型', render: (_v, r) => QUESTION_KIND_LABELS[r.kind], width: 80 },
            {
              title: '题目与选择分布',
              render: (_v, r) => (
                <div>
                  <div>{r.stem}</div>
                  <div style={{ color: '#666' }}>
                    {r.options.map((o, i) => (
                      <span
                        key={o}
                        style={{ marginRight: 12, fontWeight: r.correct.includes(i) ? 600 : 400 }}
                      >
                        {LETTERS[i]}. {o}（{r.optionCounts[i] ?? 0}）
                      </span>
                    ))}
                  </div>
                </div>
              ),
            },
            { title: '作答', dataIndex: 'answered', width: 70 },
            { title: '正确率', render: (_v, r) => percent(r.correctRate), width: 90 },
            { title: '区分度', render: (_v, r) => decimal(r.discrimination), width: 80 },
          ]}
        />
      </Card>
    </div>
  );
}
