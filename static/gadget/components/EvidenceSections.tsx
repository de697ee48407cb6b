import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { useT } from '../../shared/i18n/i18n-context';
import { FigureTable } from './FigureTable';
import type { SectionProps } from './OpenAndFlowSections';
import { TitledSection } from '../../shared/components/TitledSection';

type Category = GadgetFigures['figures']['topCategories'][number];

/** What complaints are most about, and which departments get the most; service names are typed freely, so only departments link. */
export const TopSection = ({ view, format, departmentName }: SectionProps) => {
  const t = useT();
  const { topCategories, topDepartments, period } = view.figures;
  const categoryName = (c: Category): string => (c.kind === 'employee' ? t('gadget.employee') : (c.name ?? t('gadget.unspecified')));
  return (
    <TitledSection title={t('gadget.section.top')}>
      <FigureTable
        id="gadget-top-categories"
        caption={t('gadget.metric.topCategories')}
        columns={[t('gadget.column.category'), t('gadget.column.count')]}
        rows={topCategories.map((c) => ({ label: categoryName(c), cells: [{ text: format.count(c.count) }] }))}
      />
      <FigureTable
        id="gadget-top-departments"
        caption={t('gadget.metric.topDepartments')}
        columns={[t('gadget.column.department'), t('gadget.column.count')]}
        rows={topDepartments.map((row) => ({
          label: departmentName(row.key),
          cells: [{ text: format.count(row.count), search: { kind: 'registered', from: period.from, to: period.to, department: row.key } }],
        }))}
      />
    </TitledSection>
  );
};

/** The evidence ISO 10002 asks a complaints process to keep, and the complaints that came back. */
export const EvidenceSection = ({ view, format }: SectionProps) => {
  const t = useT();
  const { iso, repeats, period } = view.figures;
  // Acknowledgement is measured over the complaints whose work started in the period.
  const started = { kind: 'listed', figure: 'firstAction', period: { from: period.from, to: period.to } } as const;
  const evidence = [
    ['gadget.metric.isoAcknowledgedWithinTarget', iso.acknowledgedWithinTarget, started],
    ['gadget.metric.isoRespondedWithinTarget', iso.respondedWithinTarget, undefined],
    ['gadget.metric.isoSatisfactionAfterClosure', iso.satisfactionAfterClosure, undefined],
    ['gadget.metric.isoImprovementsRecorded', iso.improvementsRecorded, undefined],
  ] as const;
  return (
    <>
      <TitledSection title={t('gadget.section.iso')}>
        <FigureTable
          id="gadget-iso-table"
          caption={t('gadget.section.iso')}
          columns={[t('gadget.column.evidence'), t('gadget.evidence.met'), t('gadget.evidence.count'), t('gadget.evidence.share')]}
          rows={evidence.map(([key, e, search]) => ({
            label: t(key),
            cells: [{ text: format.count(e.met) }, { text: format.count(e.count), ...(search === undefined ? {} : { search }) }, { text: format.share(e.share) }],
          }))}
        />
      </TitledSection>
      <TitledSection title={t('gadget.section.repeats')}>
        <FigureTable
          id="gadget-repeats-table"
          caption={t('gadget.section.repeats')}
          columns={[t('gadget.column.figure'), t('gadget.column.value')]}
          rows={[
            { label: t('gadget.metric.repeatWindowDays'), cells: [{ text: format.count(repeats.windowDays) }] },
            { label: t('gadget.metric.repeats'), cells: [{ text: format.count(repeats.repeats) }] },
            { label: t('gadget.metric.repeatsSameCustomer'), cells: [{ text: format.count(repeats.sameCustomer) }] },
            { label: t('gadget.metric.repeatsSameSubject'), cells: [{ text: format.count(repeats.sameSubject) }] },
            { label: t('gadget.metric.repeatShare'), cells: [{ text: format.share(repeats.share) }] },
          ]}
        />
      </TitledSection>
    </>
  );
};
