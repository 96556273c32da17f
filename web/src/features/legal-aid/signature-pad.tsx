import { ClearOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Locale } from '../../app/i18n';
import { intakeText } from './intake-messages';

export interface SignaturePadHandle {
  /** The signature as a PNG data URL, or undefined when nothing is drawn. */
  toDataUrl(): string | undefined;
  clear(): void;
}

/**
 * A signature pad: a <canvas> drawn on with pointer events (mouse, pen, finger), exported as PNG.
 * The backing store is scaled by devicePixelRatio so strokes stay sharp on a signing tablet. Its hints
 * are in `locale` (default Chinese: the citizens' phone pages speak Chinese only).
 */
export const SignaturePad = forwardRef<
  SignaturePadHandle,
  { height?: number; onChange?: (signed: boolean) => void; locale?: Locale }
>(function SignaturePad({ height = 180, onChange, locale = 'zh-CN' }, ref) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [signed, setSigned] = useState(false);

  const setup = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width * ratio));
    canvas.height = Math.max(1, Math.round(rect.height * ratio));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.4;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
  }, []);

  useEffect(() => {
    setup();
  }, [setup]);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const mark = (next: boolean) => {
    setSigned(next);
    onChange?.(next);
  };

  const clear = () => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (canvas && ctx) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.restore();
    }
    mark(false);
  };

  useImperativeHandle(ref, () => ({
    toDataUrl: () => {
      const canvas = canvasRef.current;
      if (!canvas || !signed) return undefined;
      // Paint onto white, so the PNG reads on any background (a printed form, a dark viewer).
      const out = document.createElement('canvas');
      out.width = canvas.width;
      out.height = canvas.height;
      const ctx = out.getContext('2d');
      if (!ctx) return canvas.toDataURL('image/png');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(canvas, 0, 0);
      return out.toDataURL('image/png');
    },
    clear,
  }));

  return (
    <div className="la-signature">
      <canvas
        ref={canvasRef}
        className="la-signature-canvas"
        style={{ height }}
        data-testid="signature-pad"
        aria-label={intakeText(locale, 'signaturePad')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          drawing.current = true;
          last.current = point(event);
          const ctx = event.currentTarget.getContext('2d');
          if (ctx) {
            const p = last.current;
            ctx.beginPath();
            ctx.arc(p.x, p.y, 1.2, 0, Math.PI * 2);
            ctx.fillStyle = '#111';
            ctx.fill();
          }
        }}
        onPointerMove={(event) => {
          if (!drawing.current || !last.current) return;
          const ctx = event.currentTarget.getContext('2d');
          const p = point(event);
          if (ctx) {
            ctx.beginPath();
            ctx.moveTo(last.current.x, last.current.y);
            ctx.lineTo(p.x, p.y);
            ctx.stroke();
          }
          last.current = p;
          if (!signed) mark(true);
        }}
        onPointerUp={() => {
          drawing.current = false;
          last.current = null;
        }}
        onPointerLeave={() => {
          drawing.current = false;
          last.current = null;
        }}
      />
      <div className="la-signature-foot">
        <span className="la-signature-hint">{intakeText(locale, signed ? 'signed' : 'signHere')}</span>
        <Button size="small" icon={<ClearOutlined />} onClick={clear} disabled={!signed}>
          {intakeText(locale, 'signAgain')}
        </Button>
      </div>
    </div>
  );
});
