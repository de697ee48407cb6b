/**
 * The triage suggestion's quality on a tenant's history (issue 17): learned from the earliest 70%
 * of a labelled set of complaints, asked about the latest 30%, as a tenant's model would be.
 * Besides accuracy, it shows whether a confidence can gate an automatic routing: the accuracy of
 * the suggestions above the threshold, and the calibration of the confidence by bins.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_AUTO_ROUTE_THRESHOLD, suggestLabel } from '../src/domain/triage/suggest-label';
import { featureSet, textFeatures, type TextFeatures } from '../src/domain/triage/text-features';
import { EMPTY_COUNTS, withExample, type TriageCounts } from '../src/domain/triage/triage-counts';
import type { Scale } from './bench-budget';

export interface LabelledComplaint {
  readonly id: string;
  readonly language: 'en' | 'ru' | 'uk';
  readonly createdAt: string;
  readonly summary: string;
  readonly description: string;
  readonly department: string;
  readonly category: { readonly kind: 'service'; readonly name: string } | { readonly kind: 'employee' };
}

const FIXTURE = path.join(__dirname, '..', 'test', 'fixtures', 'triage', 'complaints.json');
const TRAIN_SHARE = 0.7;
/** The smoke run learns from and asks about this many complaints only, to keep `npm test` quick. */
const SMOKE_COMPLAINTS = 150;
const CALIBRATION_BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001] as const;

const categoryLabel = (c: LabelledComplaint): string => (c.category.kind === 'service' ? `service:${c.category.name}` : 'employee');

/** What an example costs in the store: its features as comma-joined base-36 integers. */
export const storedExample = (features: readonly number[]): string => features.map((f) => f.toString(36)).join(',');

const learn = (examples: readonly { features: number[]; label: string }[]): TriageCounts =>
  examples.reduce((counts, e) => withExample(counts, e.features, e.label, 1), EMPTY_COUNTS);

interface Answer {
  readonly language: string;
  readonly top1: boolean;
  readonly top2: boolean;
  readonly confidence: number;
}

const ask = (counts: TriageCounts, tf: TextFeatures, truth: string, language: string): Answer => {
  const ranked = suggestLabel(counts, tf)?.ranked ?? [];
  return {
    language,
    top1: ranked[0]?.label === truth,
    top2: ranked.slice(0, 2).some((r) => r.label === truth),
    confidence: ranked[0]?.confidence ?? 0,
  };
};

const share = (answers: readonly Answer[], test: (a: Answer) => boolean): number => (answers.length === 0 ? 0 : answers.filter(test).length / answers.length);
const round3 = (n: number): number => Math.round(n * 1000) / 1000;

const calibration = (answers: readonly Answer[]) =>
  CALIBRATION_BINS.slice(0, -1).map((from, i) => {
    const to = CALIBRATION_BINS[i + 1] ?? 1;
    const inBin = answers.filter((a) => a.confidence >= from && a.confidence < to);
    return { from, to: Math.min(to, 1), complaints: inBin.length, accuracy: round3(share(inBin, (a) => a.top1)) };
  });

const microseconds = (run: () => void, times: number): number => {
  run(); // warm-up: the first run pays for JIT
  const start = performance.now();
  run();
  return ((performance.now() - start) * 1000) / times;
};

export const loadComplaints = (file = FIXTURE): LabelledComplaint[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { complaints: LabelledComplaint[] }).complaints;

export const measureTriage = (scale: Scale, complaints: readonly LabelledComplaint[] = loadComplaints()) => {
  const chosen = [...complaints].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, scale === 'smoke' ? SMOKE_COMPLAINTS : undefined);
  const split = Math.round(chosen.length * TRAIN_SHARE);
  const texts = chosen.map((c) => textFeatures(`${c.summary}\n${c.description}`));
  const train = chosen.slice(0, split).map((c, i) => ({ complaint: c, features: featureSet(texts[i] ?? { words: [] }) }));
  const departments = learn(train.map((t) => ({ features: t.features, label: t.complaint.department })));
  const categories = learn(train.map((t) => ({ features: t.features, label: categoryLabel(t.complaint) })));
  const tested = chosen.slice(split).map((c, i) => ({ complaint: c, tf: texts[split + i] ?? { words: [] } }));
  const answers = tested.map((t) => ask(departments, t.tf, t.complaint.department, t.complaint.language));
  const categoryAnswers = tested.map((t) => ask(categories, t.tf, categoryLabel(t.complaint), t.complaint.language));
  const above = answers.filter((a) => a.confidence >= DEFAULT_AUTO_ROUTE_THRESHOLD);
  // Learning in the domain is the example's features; the store adds them to its counts in SQL.
  const learnUs = microseconds(() => {
    for (const c of chosen.slice(0, split)) featureSet(textFeatures(`${c.summary}\n${c.description}`));
  }, split);
  const suggestUs = microseconds(() => {
    for (const t of tested) suggestLabel(departments, t.tf);
  }, tested.length);
  return {
    learned: split,
    tested: tested.length,
    departments: departments.labels.size,
    categories: categories.labels.size,
    top1: share(answers, (a) => a.top1),
    top2: share(answers, (a) => a.top2),
    categoryTop1: share(categoryAnswers, (a) => a.top1),
    threshold: DEFAULT_AUTO_ROUTE_THRESHOLD,
    shareAboveThreshold: share(answers, (a) => a.confidence >= DEFAULT_AUTO_ROUTE_THRESHOLD),
    accuracyAboveThreshold: share(above, (a) => a.top1),
    top1ByLanguage: Object.fromEntries(['en', 'ru', 'uk'].map((l) => [l, round3(share(answers.filter((a) => a.language === l), (a) => a.top1))])),
    calibration: calibration(answers),
    learnUsPerComplaint: learnUs,
    suggestUsPerComplaint: suggestUs,
    exampleBytes: train.reduce((sum, t) => sum + storedExample(t.features).length, 0) / Math.max(1, train.length),
    exampleFeatures: train.reduce((sum, t) => sum + t.features.length, 0) / Math.max(1, train.length),
  };
};
