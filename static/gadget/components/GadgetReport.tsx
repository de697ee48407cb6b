import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useMemo } from 'react';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { TRIAGE } from '../../../src/domain/metrics/metrics-query';
import { useT } from '../../shared/i18n/i18n-context';
import type { GadgetConfig } from '../gadget-config';
import { figureFormat } from '../figure-format';
import { FigureLinksContext, LINK_HINT_ID, type FigureLinks } from '../figure-links';
import { figureJql, issueSearchPath } from '../figure-search';
import { ExportReview } from './ExportReview';
import { EvidenceSection, TopSection } from './EvidenceSections';
import { FlowSection, OpenSection } from './OpenAndFlowSections';
import { CompensationSection, SatisfactionSection, TrendSection } from './OutcomeSections';

export interface ReportPlace {
  /** The user's locale and time zone, from the Forge context. */
  readonly locale: string;
  readonly timeZone: string;
  readonly siteUrl: string;
  readonly navigate: (path: string) => void;
}

const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** Every figure of one view, each that Jira's search can list linked to that search, and the CSV export. */
export const GadgetReport = ({ view, config, place }: { view: GadgetFigures; config: GadgetConfig; place: ReportPlace }) => {
  const t = useT();
  const { figures } = view;
  const format = useMemo(() => figureFormat(place.locale, figures.compensation.currency), [place.locale, figures.compensation.currency]);
  const departmentName = (key: string): string => (key === TRIAGE ? t('gadget.triage') : (view.departmentNames[key] ?? key));
  const links = useMemo((): FigureLinks => {
    const ids = view.search;
    if (ids === null) return () => null;
    const scope = { projects: config.projects, departments: config.departments, departmentNames: view.departmentNames, ids, timeZone: place.timeZone };
    return (search) => {
      const path = issueSearchPath(figureJql(scope, search));
      return {
        href: new URL(path, place.siteUrl).toString(),
        open: () => {
          place.navigate(path);
        },
      };
    };
  }, [view.search, view.departmentNames, config.projects, config.departments, place]);
  const day = (ms: number): string => new Date(ms).toLocaleDateString(place.locale, { timeZone: figures.timeZone, dateStyle: 'medium' });
  const sectionProps = { view, format, departmentName };

  return (
    <FigureLinksContext.Provider value={links}>
      <Stack space="space.300">
        <Inline space="space.200" spread="space-between" alignBlock="center" shouldWrap>
          <Text as="p">
            {t('gadget.period', {
              from: day(figures.period.from),
              to: day(figures.period.to - 1),
              now: new Date(figures.now).toLocaleString(place.locale, { timeZone: place.timeZone, dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </Text>
          <ExportReview view={view} />
        </Inline>
        {view.search === null && <Text as="p">{t('gadget.link.unavailable')}</Text>}
        <span id={LINK_HINT_ID} style={hidden}>
          {t('gadget.link.hint')}
        </span>
        <OpenSection {...sectionProps} />
        <FlowSection {...sectionProps} />
        <SatisfactionSection {...sectionProps} />
        <TrendSection {...sectionProps} />
        <CompensationSection {...sectionProps} />
        <TopSection {...sectionProps} />
        <EvidenceSection {...sectionProps} />
      </Stack>
    </FigureLinksContext.Provider>
  );
};
