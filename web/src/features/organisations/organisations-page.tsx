import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App as AntApp,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  type TableProps,
  Tag,
} from 'antd';
import { useMemo, useState } from 'react';
import { useCan } from '../../app/auth';
import { requiredChoice, requiredText } from '../../app/form-rules';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';
import { ORGANISATIONS_KEY, useOrganisations } from '../../lib/queries';
import { ORG_KINDS, type Organisation, type OrgKind } from '../../lib/types';

type OrgNode = Organisation & { children?: OrgNode[] };

interface OrgForm {
  parentId?: string;
  kind: OrgKind;
  name: string;
  shortName?: string | null;
  divisionCode?: string | null;
  uscc?: string | null;
  address?: string | null;
  phone?: string | null;
  active: boolean;
}

const KIND_COLORS: Partial<Record<OrgKind, string>> = {
  'city-bureau': 'red',
  'county-bureau': 'volcano',
  'service-center': 'blue',
  'legal-aid-agency': 'geekblue',
  'law-firm': 'purple',
  'notary-office': 'cyan',
  'mediation-committee': 'green',
};

/** Builds the tree the table shows from the server's tree-ordered list (an absent parent makes a root). */
function toTree(items: Organisation[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(items.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const item of items) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}

/** 机构管理: the organisation tree of the user's scope; create and edit in a drawer. */
export default function OrganisationsPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const canManage = useCan('org.manage');
  const showSaveError = useSaveError();
  const orgs = useOrganisations();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [form] = Form.useForm<OrgForm>();

  const items = orgs.data?.items ?? [];
  // A new organisation left without a division code takes its parent's (the server says so in a warning).
  const parentId = Form.useWatch('parentId', form);
  const parentCode = items.find((o) => o.id === parentId)?.divisionCode ?? undefined;
  const filtered = q ? items.filter((o) => o.name.includes(q) || (o.shortName ?? '').includes(q)) : items;
  const tree = useMemo(() => toTree(filtered), [filtered]);
  const kindLabel = (kind: OrgKind) => t(`org.kind.${kind}`);

  const close = () => setEditing(null);
  const refetch = () => void queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY });
  const save = useMutation({
    mutationFn: (values: OrgForm) =>
      editing === 'new'
        ? api.post<{ item: Organisation; warnings: string[] }>('/api/organisations', values)
        : api.patch<{ item: Organisation; warnings: string[] }>(
            `/api/organisations/${(editing as Organisation).id}`,
            {
              ...values,
              version: (editing as Organisation).version,
            },
          ),
    onSuccess: (reply) => {
      void message.success(t('common.saved'));
      for (const warning of reply.warnings) void message.warning(warning);
      close();
      refetch();
    },
    onError: (error) =>
      showSaveError(error, {
        form,
        onStale: () => {
          close();
          refetch();
        },
      }),
  });

  const columns: TableProps<OrgNode>['columns'] = [
    {
      title: t('org.name'),
      dataIndex: 'name',
      render: (name: string, record) => (
        <span style={{ fontWeight: (record.depth ?? 0) === 0 ? 600 : 400 }}>
          {name}
          {record.active ? null : (
            <Tag style={{ marginLeft: 8 }} variant="filled">
              {t('common.inactive')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('org.kind'),
      dataIndex: 'kind',
      width: 170,
      render: (kind: OrgKind) => <Tag color={KIND_COLORS[kind]}>{kindLabel(kind)}</Tag>,
    },
    {
      title: t('org.shortName'),
      dataIndex: 'shortName',
      width: 80,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('org.divisionCode'),
      dataIndex: 'divisionCode',
      width: 130,
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('org.phone'),
      dataIndex: 'phone',
      width: 150,
      render: (v: string | null) => v ?? t('common.none'),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, record) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(record)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  const isNew = editing === 'new';
  const current = editing && editing !== 'new' ? editing : undefined;
  const isBureau = current?.kind === 'city-bureau' || current?.kind === 'county-bureau';
  const initialValues: OrgForm = current
    ? {
        parentId: current.parentId ?? undefined,
        kind: current.kind,
        name: current.name,
        shortName: current.shortName,
        divisionCode: current.divisionCode,
        uscc: current.uscc,
        address: current.address,
        phone: current.phone,
        active: current.active,
      }
    : { kind: 'law-firm', name: '', active: true, parentId: items[0]?.id };
  const parentOptions = items
    .filter((o) => o.active && o.id !== current?.id)
    .map((o) => ({ value: o.id, label: `${'　'.repeat(o.depth ?? 0)}${o.name}` }));
  const kindOptions = ORG_KINDS.filter((k) => (isBureau ? k === current?.kind : k !== 'city-bureau')).map(
    (k) => ({
      value: k,
      label: kindLabel(k),
    }),
  );

  return (
    <div>
      <PageHeader
        title={t('org.title')}
        subtitle={t('org.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={refetch}>
              {t('common.refresh')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('org.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card variant="borderless">
        <Space style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('org.name')}
            style={{ width: 280 }}
            onSearch={(value) => setQ(value.trim())}
          />
        </Space>
        {orgs.data ? (
          <Table<OrgNode>
            key={`${q}-${items.length}`}
            rowKey="id"
            columns={columns}
            dataSource={tree}
            loading={orgs.isFetching}
            expandable={{ defaultExpandAllRows: true }}
            pagination={false}
            size="middle"
          />
        ) : (
          <Table<OrgNode> rowKey="id" columns={columns} loading={orgs.isPending} pagination={false} />
        )}
      </Card>

      <Drawer
        open={editing !== null}
        title={isNew ? t('org.create') : t('org.edit')}
        size={520}
        onClose={close}
        destroyOnHidden
        extra={
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Form<OrgForm>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initialValues}
          onFinish={(values) => save.mutate(values)}
        >
          {current?.parentId === null ? null : (
            <Form.Item
              label={t('org.parent')}
              name="parentId"
              rules={requiredChoice(t, t('org.parentInSentence'))}
            >
              <Select options={parentOptions} showSearch optionFilterProp="label" />
            </Form.Item>
          )}
          <Form.Item label={t('org.kind')} name="kind" rules={requiredChoice(t, t('org.kind'))}>
            <Select options={kindOptions} disabled={isBureau} />
          </Form.Item>
          <Form.Item label={t('org.name')} name="name" rules={requiredText(t, t('org.name'))}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('org.shortName')} name="shortName" tooltip={t('org.shortNameHelp')}>
            <Input maxLength={10} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            label={t('org.divisionCode')}
            name="divisionCode"
            rules={[{ pattern: /^\d{6}$/, message: t('org.divisionCodeInvalid') }]}
            extra={isNew && parentCode ? t('org.divisionCodeInherited', { code: parentCode }) : undefined}
          >
            <Input maxLength={6} placeholder={parentCode ?? '150200'} />
          </Form.Item>
          <Form.Item label={t('org.uscc')} name="uscc">
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item label={t('org.address')} name="address">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('org.phone')} name="phone">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item label={t('common.status')} name="active" valuePropName="checked">
            <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
          </Form.Item>
        </Form>
      </Drawer>
    </div>
  );
}
