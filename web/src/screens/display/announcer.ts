/**
 * The voice of the display board: "请 B017 号到 3 号窗口办理", spoken in Mandarin through the browser's
 * speech synthesis. Browsers refuse to speak before the page has had a user gesture, so the board shows a
 * small "点击开启语音播报" button until someone taps it once; until then (and where there is no zh-CN
 * voice or no speech at all) the big on-screen banner carries the call alone.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** What the banner shows: `请 B017 号到 3 号窗口办理`. */
export function callText(ticketNumber: string, windowNumber: number): string {
  return `请 ${ticketNumber} 号到 ${windowNumber} 号窗口办理`;
}

/**
 * What the voice says. The ticket's digits are written as Chinese numerals one by one, so the
 * synthesiser reads `B017` as "B 零一七" (the way halls call numbers) rather than "B 十七"; the window
 * number stays a number ("三号窗口", "十号窗口").
 */
export function spokenText(ticketNumber: string, windowNumber: number): string {
  const letters = ticketNumber.replace(/\d/g, '');
  const digits = [...ticketNumber.replace(/\D/g, '')].map((d) => DIGITS[Number(d)]).join('');
  return `请 ${letters} ${digits} 号，到 ${windowNumber} 号窗口办理`;
}

export type VoiceState = 'unsupported' | 'locked' | 'on';

function zhVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return (
    voices.find((v) => v.lang === 'zh-CN' || v.lang === 'zh_CN') ??
    voices.find((v) => v.lang.toLowerCase().startsWith('zh')) ??
    undefined
  );
}

export function speechSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
  );
}

/**
 * Speaks `text` in zh-CN, `times` times in a row. Resolves when done; rejects with the synthesis error
 * code (`not-allowed` when the browser still blocks audio) so the caller can show the unlock button again.
 */
export function speak(text: string, times = 2): Promise<void> {
  if (!speechSupported()) return Promise.reject(new Error('unsupported'));
  const synth = window.speechSynthesis;
  const voice = zhVoice();
  return new Promise((resolve, reject) => {
    let left = times;
    const next = () => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'zh-CN';
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9;
      utterance.volume = 1;
      utterance.onend = () => {
        left -= 1;
        if (left > 0) next();
        else resolve();
      };
      utterance.onerror = (event) => {
        if (event.error === 'interrupted' || event.error === 'canceled') resolve();
        else reject(new Error(event.error));
      };
      synth.speak(utterance);
    };
    next();
  });
}

/** Called from the unlock button's click: a short spoken confirmation inside the user gesture. */
export function unlockSpeech(): Promise<void> {
  return speak('语音播报已开启', 1);
}
