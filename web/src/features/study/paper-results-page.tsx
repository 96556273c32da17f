import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { api } from '../../lib/api';
import { decimal, percent, useVocabulary } from './labels';
import { useStudyMessages } from './messages';
import { SummaryRow } from './papers-page';
import type { PaperResults } from './types';

const LETTERS = 'ABCDEF';

/** 成绩与试题分析 of one paper: the summary, each person's best score, and each item's statistics. */
export default function PaperResultsPage() {
  const { id = '' } = useParams();
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  const q = useQuery({
    queryKey: ['study', 'papers', 'results', id],
    queryFn: () => api.get<PaperResults>(`/api/study/papers/${id}/results`),
  });
  const data = q.data;
  if (!data) return <Card loading={q.isPending} />;
  return (
    <div>
      <PageHeader
        title={`${data.paper.title}${data.paper.round ? m('roundSuffix', { round: data.paper.round }) : ''}`}
        subtitle={m('resultsSubtitle')}
      />
      <Card style={{ marginBottom: 16 }}>
        <SummaryRow summary={data.summary} />
      </Card>
      <Card title={m('peopleScores')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="userId"
          size="small"
          dataSource={data.people}
          data-testid="paper-people"
          columns={[
            { title: m('person'), dataIndex: 'name' },
            { title: m('organisation'), dataIndex: 'unit' },
            { title: m('attemptsCount'), dataIndex: 'attempts' },
            { title: m('bestScore'), render: (_v, r) => r.bestScore ?? m('notTaken') },
            {
              title: m('result'),
              render: (_v, r) =>
                r.passed === null ? (
                  '—'
                ) : (
                  <Tag color={r.passed ? 'green' : 'red'}>{r.passed ? m('passTag') : m('failTag')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card title={m('itemAnalysis')}>
        <Table
          rowKey="questionId"
          size="small"
          dataSource={data.items}
          columns={[
            { title: m('questionKind'), render: (_v, r) => vocabulary.questionKind[r.kind], width: 80 },
            {
              title: m('stemAndChoices'),
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
            { title: m('answered'), dataIndex: 'answered', width: 70 },
            { title: m('correctRate'), render: (_v, r) => percent(r.correctRate), width: 90 },
            { title: m('discrimination'), render: (_v, r) => decimal(r.discrimination), width: 80 },
          ]}
        />
      </Card>
    </div>
  );
}
