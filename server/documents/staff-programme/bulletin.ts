import { bulletinPeriodText } from '@core/staff-programme/bulletin';
import { documentNumberLine, gap, packDocument, para, paragraphsOf, signOff, title } from '../docx-kit';

export interface BulletinDocument {
  title: string;
  body: string;
  orgName: string;
  /** Business date of publication (落款日期). */
  publishedOn: string;
  periodFrom: string;
  periodTo: string;
}

/** The bulletin (定期通报) as .docx, typeset like the bureau's other documents (GB/T 9704-2012). */
export async function renderBulletin(doc: BulletinDocument): Promise<Buffer> {
  const lines = doc.body
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const headings = /^[一二三四五六七八九十]+、/u;
  return packDocument({ title: doc.title, creator: doc.orgName }, [
    title(doc.title),
    documentNumberLine(`（${bulletinPeriodText(doc.periodFrom, doc.periodTo)}）`),
    ...lines.flatMap((line) => (headings.test(line) ? [para(line, { heading: true })] : paragraphsOf(line))),
    gap(),
    ...signOff(doc.orgName, doc.publishedOn),
  ]);
}
