import { DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  type FormRule,
  Input,
  InputNumber,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMe } from '../../app/auth';
import { requiredNumber } from '../../app/form-rules';
import { type Translate, useI18n } from '../../app/i18n';
import { PageHeader } from '../../app/page-header';
import { useSaveError } from '../../app/use-save-error';
import { api } from '../../lib/api';

/** One opening period of the kiosk, Beijing time: `from` inclusive, `to` exclusive (`24:00` = end of day). */
interface Period {
  from: string;
  to: string;
}

/** GET/PUT /api/queue/settings (server/use-cases/queue/queue-settings.ts). */
interface QueueSettings {
  centerId: string;
  agingLimitMinutes: number;
  maxRecalls: number;
  elderlyAge: number;
  openingHours: Period[];
  recentCallsShown: number;
  /** 0 = the hall still uses the defaults. */
  version: number;
}

type SettingsForm = Omit<QueueSettings, 'centerId' | 'version'> & { reason?: string };

const MAX_PERIODS = 6;
const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const SETTINGS_KEY = ['queue', 'settings'] as const;

/**
 * The opening periods' own checks: every time as HH:MM and each period ending after it starts. Their order
 * and overlaps are the server's check (its error lands on the field, useSaveError).
 */
function periodRules(t: Translate): FormRule[] {
  return [
    {
      validator: async (_, periods: Period[] | undefined) => {
        if (!periods || periods.length === 0) throw new Error(t('queueSettings.periodsRequired'));
        for (const p of periods) {
          if (!HHMM.test(p.from) || !HHMM.test(p.to)) throw new Error(t('queueSettings.timeFormat'));
          if (p.from >= p.to) throw new Error(t('queueSettings.endAfterStart'));
        }
      },
    },
  ];
}

/** The opening periods as rows of two HH:MM fields, with add and remove (a Form.Item's value). */
function PeriodsEditor({
  value = [],
  onChange,
  disabled,
}: {
  value?: Period[];
  onChange?: (periods: Period[]) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const set = (i: number, edge: keyof Period, time: string) =>
    onChange?.(value.map((p, j) => (j === i ? { ...p, [edge]: time.trim() } : p)));
  return (
    <Space orientation="vertical" size={8}>
      {value.map((period, i) => {
        const n = i + 1;
        const label = t('queueSettings.period', { n });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a period is its position in the list
          <Space key={i} align="center" data-period={n}>
            <Typography.Text style={{ display: 'inline-block', width: 72 }}>{label}</Typography.Text>
            <Input
              aria-label={`${label} ${t('queueSettings.from')}`}
              placeholder="08:30"
              maxLength={5}
              style={{ width: 96 }}
              value={period.from}
              disabled={disabled}
              onChange={(e) => set(i, 'from', e.target.value)}
            />
            <span>–</span>
            <Input
              aria-label={`${label} ${t('queueSettings.to')}`}
              placeholder="12:00"
              maxLength={5}
              style={{ width: 96 }}
              value={period.to}
              disabled={disabled}
              onChange={(e) => set(i, 'to', e.target.value)}
            />
            {disabled ? null : (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                disabled={value.length <= 1}
                aria-label={t('queueSettings.removePeriod', { n })}
                onClick={() => onChange?.(value.filter((_, j) => j !== i))}
              />
            )}
          </Space>
        );
      })}
      {disabled ? null : (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          disabled={value.length >= MAX_PERIODS}
          onClick={() => {
            const last = value[value.length - 1];
            onChange?.([...value, { from: last?.to ?? '', to: '' }]);
          }}
        >
          {t('queueSettings.addPeriod')}
        </Button>
      )}
    </Space>
  );
}

/**
 * 排队设置: the hall's queue settings (opening hours of the kiosk, waiting limit, recalls, elderly age, the
 * display board) — read with queue.read, saved with queue.manage and the version read (optimistic concurrency).
 */
export default function QueueSettingsPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const me = useMe();
  const hall = me.hall;
  const canManage = me.abilities.includes('queue.manage');
  const queryClient = useQueryClient();
  const saveError = useSaveError();
  const [form] = Form.useForm<SettingsForm>();
  const key = [...SETTINGS_KEY, hall?.id] as const;

  const settings = useQuery({
    queryKey: key,
    queryFn: () => api.get<QueueSettings>('/api/queue/settings', hall ? { centerId: hall.id } : undefined),
  });

  const save = useMutation({
    mutationFn: (values: SettingsForm) => {
      const current = settings.data;
      if (!current) throw new Error('settings not loaded');
      const reason = values.reason?.trim();
      return api.put<QueueSettings>('/api/queue/settings', {
        centerId: current.centerId,
        version: current.version,
        agingLimitMinutes: values.agingLimitMinutes,
        maxRecalls: values.maxRecalls,
        elderlyAge: values.elderlyAge,
        openingHours: values.openingHours,
        recentCallsShown: values.recentCallsShown,
        ...(reason ? { reason } : {}),
      });
    },
    onSuccess: (saved) => {
      void message.success(t('common.saved'));
      queryClient.setQueryData(key, saved);
    },
    onError: (error) => saveError(error, { form, onStale: () => void settings.refetch() }),
  });

  const data = settings.data;
  return (
    <div>
      <PageHeader
        title={t('queueSettings.title')}
        subtitle={t('queueSettings.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void settings.refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card variant="borderless">
        {settings.isError ? (
          <Result
            status="error"
            title={t('app.loadFailed')}
            extra={<Button onClick={() => void settings.refetch()}>{t('app.retry')}</Button>}
          />
        ) : !data ? (
          <Skeleton active />
        ) : (
          <>
            <Space wrap style={{ marginBottom: 16 }}>
              {hall ? (
                <Typography.Text strong>{t('queueSettings.hall', { name: hall.name })}</Typography.Text>
              ) : null}
              {data.version === 0 ? (
                <Tag>{t('queueSettings.defaults')}</Tag>
              ) : (
                <Tag color="blue">{t('queueSettings.version', { n: data.version })}</Tag>
              )}
              {canManage ? null : <Tag>{t('common.readOnly')}</Tag>}
            </Space>
            {canManage ? null : (
              <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('queueSettings.readOnly')} />
            )}
            <Form<SettingsForm>
              // a new version (saved here or found stale) starts the form again from the server's values
              key={`${data.centerId}:${data.version}`}
              form={form}
              layout="vertical"
              style={{ maxWidth: 720 }}
              disabled={!canManage}
              initialValues={{
                agingLimitMinutes: data.agingLimitMinutes,
                maxRecalls: data.maxRecalls,
                elderlyAge: data.elderlyAge,
                openingHours: data.openingHours,
                recentCallsShown: data.recentCallsShown,
              }}
              onFinish={(values) => save.mutate(values)}
            >
              <Form.Item
                label={t('queueSettings.openingHours')}
                name="openingHours"
                extra={t('queueSettings.openingHoursHelp')}
                rules={periodRules(t)}
                required
              >
                <PeriodsEditor disabled={!canManage} />
              </Form.Item>
              <Form.Item
                label={t('queueSettings.agingLimit')}
                name="agingLimitMinutes"
                extra={t('queueSettings.agingLimitHelp')}
                rules={requiredNumber(t, t('queueSettings.agingLimitInSentence'))}
              >
                <InputNumber
                  min={0}
                  max={1440}
                  precision={0}
                  suffix={t('queueSettings.minutes')}
                  style={{ width: 180 }}
                />
              </Form.Item>
              <Form.Item
                label={t('queueSettings.maxRecalls')}
                name="maxRecalls"
                extra={t('queueSettings.maxRecallsHelp')}
                rules={requiredNumber(t, t('queueSettings.maxRecallsInSentence'))}
              >
                <InputNumber
                  min={0}
                  max={10}
                  precision={0}
                  suffix={t('queueSettings.times')}
                  style={{ width: 180 }}
                />
              </Form.Item>
              <Form.Item
                label={t('queueSettings.elderlyAge')}
                name="elderlyAge"
                extra={t('queueSettings.elderlyAgeHelp')}
                rules={requiredNumber(t, t('queueSettings.elderlyAgeInSentence'))}
              >
                <InputNumber
                  min={18}
                  max={100}
                  precision={0}
                  suffix={t('queueSettings.years')}
                  style={{ width: 180 }}
                />
              </Form.Item>
              <Form.Item
                label={t('queueSettings.recentCalls')}
                name="recentCallsShown"
                extra={t('queueSettings.recentCallsHelp')}
                rules={requiredNumber(t, t('queueSettings.recentCallsInSentence'))}
              >
                <InputNumber
                  min={1}
                  max={20}
                  precision={0}
                  suffix={t('queueSettings.entries')}
                  style={{ width: 180 }}
                />
              </Form.Item>
              {canManage ? (
                <>
                  <Form.Item
                    label={t('queueSettings.reason')}
                    name="reason"
                    extra={t('queueSettings.reasonHelp')}
                    rules={[{ max: 500 }]}
                  >
                    <Input.TextArea
                      rows={2}
                      maxLength={500}
                      showCount
                      placeholder={t('queueSettings.reasonPlaceholder')}
                    />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
                    {t('common.save')}
                  </Button>
                </>
              ) : null}
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
