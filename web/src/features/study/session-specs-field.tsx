import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { SESSION_KINDS } from '@core/staff-programme/vocabulary';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Select,
  Space,
} from 'antd';
import { type Dayjs, toIsoDate } from '../../lib/dates';
import { SESSION_KIND_LABELS, useVocabulary } from './labels';
import { useStudyMessages } from './messages';

export interface SessionValues {
  kind: (typeof SESSION_KINDS)[number];
  title: string;
  location?: string;
  range: [Dayjs, Dayjs];
  startTime: string;
  durationMinutes: number;
  workingDaysOnly: boolean;
}

const DEFAULT_SESSION_TIMES: Record<string, [string, number]> = {
  'morning-drill': ['08:00', 30],
  'evening-study': ['18:00', 60],
  seminar: ['15:00', 90],
  lecture: ['15:00', 120],
};

/** The `sessions` of a plan or add-sessions body from the form's values. */
export function sessionSpecsBody(sessions: SessionValues[] | undefined) {
  return (sessions ?? []).map((s) => ({
    kind: s.kind,
    title: s.title,
    location: s.location || undefined,
    from: toIsoDate(s.range[0]),
    to: toIsoDate(s.range[1]),
    startTime: s.startTime,
    durationMinutes: s.durationMinutes,
    workingDaysOnly: s.workingDaysOnly,
  }));
}

/**
 * The `sessions` list of a form: each a kind (晨训 08:00 30 min, 晚学 18:00 60 min, …), title, place, dates
 * (one day or a range, optionally working days only), start time and duration.
 */
export function SessionSpecsField({ form }: { form: FormInstance }) {
  const m = useStudyMessages();
  const vocabulary = useVocabulary();
  return (
    <Form.List name="sessions">
      {(fields, { add, remove }) => (
        <div>
          {fields.map((field) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              data-testid="session-spec"
              extra={<MinusCircleOutlined onClick={() => remove(field.name)} />}
            >
              <Space wrap align="start">
                <Form.Item name={[field.name, 'kind']} label={m('sessionKind')} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 120 }}
                    options={SESSION_KINDS.map((v) => ({ value: v, label: vocabulary.sessionKind[v] }))}
                    onChange={(kind: string) => {
                      const [time, minutes] = DEFAULT_SESSION_TIMES[kind] ?? ['18:00', 60];
                      form.setFieldValue(['sessions', field.name, 'startTime'], time);
                      form.setFieldValue(['sessions', field.name, 'durationMinutes'], minutes);
                      if (!form.getFieldValue(['sessions', field.name, 'title']))
                        form.setFieldValue(
                          ['sessions', field.name, 'title'],
                          SESSION_KIND_LABELS[kind as keyof typeof SESSION_KIND_LABELS],
                        );
                    }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'title']}
                  label={m('name')}
                  rules={[{ required: true, message: m('sessionTitleRequired') }]}
                >
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'location']} label={m('location')}>
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'range']}
                  label={m('dates')}
                  rules={[{ required: true, message: m('dateRequired') }]}
                >
                  <DatePicker.RangePicker />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'startTime']}
                  label={m('startTime')}
                  rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}
                >
                  <Input style={{ width: 80 }} placeholder="18:00" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'durationMinutes']}
                  label={m('duration')}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={5} max={480} />
                </Form.Item>
                <Form.Item name={[field.name, 'workingDaysOnly']} label=" " valuePropName="checked">
                  <Checkbox>{m('workingDaysOnly')}</Checkbox>
                </Form.Item>
              </Space>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({
                kind: 'evening-study',
                title: '晚学',
                startTime: '18:00',
                durationMinutes: 60,
                workingDaysOnly: true,
              })
            }
          >
            {m('addSessionsHint')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
