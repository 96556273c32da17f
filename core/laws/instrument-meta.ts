/**
 * What the corpus does not state as data but its layout and history lines tell: the kind of instrument
 * (the corpus category, i.e. the first folder) and the issuing body (制定机关).
 */
export const LAW_KINDS = [
  '宪法',
  '宪法相关法',
  '民法典',
  '民法商法',
  '行政法',
  '经济法',
  '社会法',
  '刑法',
  '诉讼与非诉讼程序法',
  '行政法规',
  '司法解释',
  '部门规章',
  '案例',
  '其他',
] as const;

const NPC_BODIES = ['全国人民代表大会常务委员会', '全国人民代表大会'] as const;

export function instrumentMeta(input: { sourcePath: string; title: string; history: { text: string }[] }): {
  kind: string;
  issuingBody: string | null;
} {
  const folders = input.sourcePath.split('/').slice(0, -1);
  const kind = folders[0] ?? '其他';
  return { kind, issuingBody: issuingBodyOf(kind, folders[1], input.title, input.history) };
}

function issuingBodyOf(
  kind: string,
  subFolder: string | undefined,
  title: string,
  history: { text: string }[],
): string | null {
  switch (kind) {
    case '行政法规':
      return '国务院';
    case '部门规章':
      return subFolder ?? null;
    case '司法解释': {
      const court = title.includes('最高人民法院');
      const procuratorate = title.includes('最高人民检察院');
      if (court && procuratorate) return '最高人民法院、最高人民检察院';
      return court ? '最高人民法院' : procuratorate ? '最高人民检察院' : null;
    }
    case '案例':
    case '其他':
      return null;
    default: {
      // Laws: the body named in the first (enacting) history line.
      const enacting = history[0]?.text ?? '';
      return NPC_BODIES.find((body) => enacting.includes(body)) ?? null;
    }
  }
}

/**
 * Which corpus entries are the current version: for each title (+ sub-title, for the books of the Civil
 * Code) the latest version date is `current`, older ones `superseded`. Copies of one version filed under
 * two categories are both current.
 */
export function versionStatuses(
  instruments: readonly {
    sourcePath: string;
    title: string;
    subtitle: string | null;
    versionDate: string | null;
  }[],
): Map<string, 'current' | 'superseded'> {
  const latest = new Map<string, string>();
  const keyOf = (i: { title: string; subtitle: string | null }) => `${i.title}\u0000${i.subtitle ?? ''}`;
  for (const i of instruments) {
    const seen = latest.get(keyOf(i));
    if (seen === undefined || (i.versionDate ?? '') > seen) latest.set(keyOf(i), i.versionDate ?? '');
  }
  return new Map(
    instruments.map((i) => [
      i.sourcePath,
      (i.versionDate ?? '') >= (latest.get(keyOf(i)) ?? '') ? 'current' : 'superseded',
    ]),
  );
}

/**
 * Order of authority for lists and search: the Constitution, laws, administrative regulations, judicial
 * interpretations, departmental rules, published cases, other material; a superseded version after all
 * current ones. `weight` is the static part of a search hit's rank.
 */
export function instrumentTier(
  kind: string,
  status: 'current' | 'superseded',
): { tier: number; weight: number } {
  const base: [number, number] =
    kind === '宪法'
      ? [0, 1]
      : kind === '行政法规'
        ? [2, 0.8]
        : kind === '司法解释'
          ? [3, 0.7]
          : kind === '部门规章'
            ? [4, 0.5]
            : kind === '案例'
              ? [5, 0.4]
              : kind === '其他'
                ? [6, 0.3]
                : [1, 1];
  return status === 'current'
    ? { tier: base[0], weight: base[1] }
    : { tier: base[0] + 10, weight: base[1] / 2 };
}
