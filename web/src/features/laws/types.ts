/** Replies of /api/laws (server/use-cases/laws). */
export type LawStatus = 'current' | 'superseded';

export interface InstrumentSummary {
  id: string;
  title: string;
  subtitle: string | null;
  shortTitle: string;
  kind: string;
  issuingBody: string | null;
  versionDate: string | null;
  effectiveDate: string | null;
  status: LawStatus;
  articleCount: number;
}

export interface InstrumentList {
  items: InstrumentSummary[];
  total: number;
  kinds: { kind: string; count: number }[];
}

export interface LawArticle {
  key: string;
  label: string | null;
  number: number | null;
  suffix: number;
  chapterId: number | null;
  text: string;
}

export interface LawChapter {
  id: number;
  parentId: number | null;
  level: number;
  title: string;
}

export interface InstrumentDetail {
  instrument: InstrumentSummary & {
    history: { date: string | null; text: string }[];
    versions: InstrumentSummary[];
  };
  chapters: LawChapter[];
  articles: LawArticle[];
}

export interface SearchHit {
  instrument: InstrumentSummary;
  article: { key: string; label: string | null };
  /** Escaped HTML with <mark> around the matches (server/use-cases/laws/search-articles.ts). */
  snippet: string;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  capped: boolean;
  terms: string[];
}

export interface LibraryStatus {
  state: 'empty' | 'importing' | 'ready' | 'failed';
  instruments: number;
  articles: number;
  importedAt: string | null;
  progress: { done: number; total: number } | null;
  message: string | null;
}

export interface ResolvedCitation {
  text: string;
  instrumentTitle: string | null;
  paragraph: number | null;
  item: number | null;
  instrument: InstrumentSummary | null;
  article: { key: string; label: string | null; text: string } | null;
}
