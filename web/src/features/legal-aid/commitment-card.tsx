import {
  CheckCircleFilled,
  EditOutlined,
  FileWordOutlined,
  PrinterOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, Segmented, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { api, errorMessage } from '../../lib/api';
import { useIntakeMessages } from './intake-messages';
import { BASE, LEGAL_AID_KEY } from './queries';
import { SignaturePad, type SignaturePadHandle } from './signature-pad';

/**
 * The clauses the applicant signs (法律援助法 第四十一条、第四十八条、第六十四条): a legal document in Chinese,
 * shown in Chinese whatever the console's language.
 */
export function CommitmentText() {
  return (
    <div className="la-commitment-text">
      <p>
        本人申请法律援助，已知悉法律援助机构采用<strong>告知承诺</strong>方式核查经济困难状况。本人承诺：
      </p>
      <ol>
        <li>所填报的家庭人口、家庭月收入等经济状况信息真实、准确、完整；</li>
        <li>同意法律援助机构通过信息共享等方式依法核查，并配合抽查；</li>
        <li>
          如有虚假承诺，愿意承担被终止法律援助、支付已实际支出的费用及罚款等法律责任（法律援助法
          第四十八条、第六十四条）。
        </li>
      </ol>
    </div>
  );
}

export const MAX_SCAN_BYTES = 5 * 1024 * 1024;
const SCAN_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];

/** A data URL's base64 payload. */
export function base64Of(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}

function readAsDataUrl(file: File, failed: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(failed));
    reader.readAsDataURL(file);
  });
}

export interface CommitmentPayload {
  signaturePng?: string;
  scanPdfOrImage?: string;
  fileName?: string;
  mimeType?: string;
}

const RECORDED_KEY = 'lawhall.legal-aid.commitments';

/**
 * The matters whose commitment this browser recorded (the detail reply does not say yet whether one is
 * on file; this keeps the step from asking twice in the same session).
 */
export function wasCommitmentRecorded(id: string): boolean {
  try {
    return (sessionStorage.getItem(RECORDED_KEY) ?? '').split(',').includes(id);
  } catch {
    return false;
  }
}

function markCommitmentRecorded(id: string): void {
  try {
    const ids = (sessionStorage.getItem(RECORDED_KEY) ?? '').split(',').filter(Boolean);
    sessionStorage.setItem(RECORDED_KEY, [...ids.slice(-50), id].join(','));
  } catch {
    // storage blocked: the step may show again
  }
}

export async function postCommitment(id: string, payload: CommitmentPayload) {
  const reply = await api.post<unknown>(`${BASE}/applications/${id}/commitment`, payload);
  markCommitmentRecorded(id);
  return reply;
}

/**
 * 告知承诺书 on the detail page: download or print the generated letter, then the applicant signs on
 * screen (signature pad) or the clerk uploads the signed scan (PNG/JPEG/PDF ≤ 5 MB).
 */
export function CommitmentCard({
  matterId,
  documentUrl,
  signed,
}: {
  matterId: string;
  documentUrl: string | undefined;
  signed: boolean;
}) {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const pad = useRef<SignaturePadHandle>(null);
  const [mode, setMode] = useState<'sign' | 'upload'>('sign');
  const [hasSignature, setHasSignature] = useState(false);
  const [scan, setScan] = useState<{ file: File; dataUrl: string } | null>(null);
  const m = useIntakeMessages();
  const { locale } = useI18n();

  const submit = useMutation({
    mutationFn: (payload: CommitmentPayload) => postCommitment(matterId, payload),
    onSuccess: async () => {
      void message.success(m('commitmentDone'));
      await queryClient.invalidateQueries({ queryKey: LEGAL_AID_KEY });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (signed) {
    return (
      <Card className="la-card la-commitment-done" size="small">
        <Space>
          <CheckCircleFilled className="la-ok-icon" />
          <span>{m('commitmentOnFile')}</span>
          {documentUrl ? (
            <a href={documentUrl} download>
              <FileWordOutlined /> {m('download')}
            </a>
          ) : null}
        </Space>
      </Card>
    );
  }

  const onSubmit = () => {
    if (mode === 'sign') {
      const png = pad.current?.toDataUrl();
      if (!png) {
        void message.warning(m('signFirst'));
        return;
      }
      submit.mutate({ signaturePng: base64Of(png), mimeType: 'image/png', fileName: 'signature.png' });
    } else {
      if (!scan) {
        void message.warning(m('scanFirst'));
        return;
      }
      submit.mutate({
        scanPdfOrImage: base64Of(scan.dataUrl),
        fileName: scan.file.name,
        mimeType: scan.file.type,
      });
    }
  };

  return (
    <Card
      className="la-card la-commitment"
      title={
        <span>
          <EditOutlined /> {m('signCommitment')}
        </span>
      }
      extra={
        documentUrl ? (
          <Space>
            <a href={documentUrl} download data-testid="commitment-download">
              <FileWordOutlined /> {m('downloadCommitment')}
            </a>
            <Button
              size="small"
              icon={<PrinterOutlined />}
              onClick={() => window.open(documentUrl, '_blank', 'noopener')}
            >
              {m('print')}
            </Button>
          </Space>
        ) : null
      }
    >
      <CommitmentText />
      <Segmented
        className="la-commitment-mode"
        value={mode}
        onChange={(v) => setMode(v as 'sign' | 'upload')}
        options={[
          { value: 'sign', label: m('signOnScreen') },
          { value: 'upload', label: m('uploadScan') },
        ]}
      />
      {mode === 'sign' ? (
        <SignaturePad ref={pad} onChange={setHasSignature} locale={locale} />
      ) : (
        <Upload.Dragger
          accept=".png,.jpg,.jpeg,.pdf"
          maxCount={1}
          showUploadList={scan ? { showRemoveIcon: true } : false}
          fileList={scan ? [{ uid: '1', name: scan.file.name, status: 'done' }] : []}
          onRemove={() => setScan(null)}
          beforeUpload={(file) => {
            if (!SCAN_TYPES.includes(file.type)) {
              void message.error(m('scanTypes'));
              return Upload.LIST_IGNORE;
            }
            if (file.size > MAX_SCAN_BYTES) {
              void message.error(m('scanTooLarge'));
              return Upload.LIST_IGNORE;
            }
            void readAsDataUrl(file, m('readFailed')).then((dataUrl) => setScan({ file, dataUrl }));
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <UploadOutlined />
          </p>
          <p className="ant-upload-text">{m('scanDrop')}</p>
          <p className="ant-upload-hint">{m('scanHint')}</p>
        </Upload.Dragger>
      )}
      <div className="la-commitment-foot">
        <Typography.Text type="secondary">{m('commitmentFiled')}</Typography.Text>
        <Button
          type="primary"
          onClick={onSubmit}
          loading={submit.isPending}
          disabled={mode === 'sign' ? !hasSignature : !scan}
        >
          {m('submitCommitment')}
        </Button>
      </div>
    </Card>
  );
}
