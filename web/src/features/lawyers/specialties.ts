import { type Locale, type MessagePairs, pairText } from '../../app/i18n';

/**
 * The specialties the lawyer roster suggests (free text: a roster may name others, shown as written), with
 * their English names.
 */
export const SPECIALTY: MessagePairs = {
  婚姻家事: ['婚姻家事', 'Marriage and family'],
  劳动争议: ['劳动争议', 'Labour disputes'],
  刑事辩护: ['刑事辩护', 'Criminal defence'],
  交通事故: ['交通事故', 'Traffic accidents'],
  合同纠纷: ['合同纠纷', 'Contract disputes'],
  行政诉讼: ['行政诉讼', 'Administrative litigation'],
  医疗纠纷: ['医疗纠纷', 'Medical disputes'],
  房产纠纷: ['房产纠纷', 'Property disputes'],
  公司法务: ['公司法务', 'Corporate'],
  知识产权: ['知识产权', 'Intellectual property'],
};

/** The roster form's suggestions, in this order. */
export const SPECIALTY_SUGGESTIONS = Object.keys(SPECIALTY);

/** A specialty in `locale`: the known vocabulary by its English name in en-US, free text as written. */
export function specialtyName(locale: Locale, specialty: string): string {
  const pair = Object.hasOwn(SPECIALTY, specialty) ? SPECIALTY[specialty] : undefined;
  return pair ? pairText(locale, pair) : specialty;
}
