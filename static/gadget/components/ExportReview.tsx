import { useEffect, useMemo } from 'react';
import type { GadgetFigures } from '../../../src/contracts/resolver-contracts';
import { toMonthlyReviewCsv } from '../../../src/domain/metrics/monthly-review-csv';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { useT } from '../../shared/i18n/i18n-context';
import { reviewLabels } from '../review-labels';

// Excel reads a CSV file as the system's code page unless it starts with the UTF-8 byte order mark.
const BYTE_ORDER_MARK = '\uFEFF';

const day = (ms: number, timeZone: string): string => new Date(ms).toLocaleDateString('en-CA', { timeZone });

/**
 * The monthly review as a CSV file, made in the frame from the figures already shown: no second
 * call. Forge's Custom UI iframe is sandboxed with `allow-downloads`, so an `<a download>` of a
 * Blob URL saves it when the user clicks.
 */
export const ExportReview = ({ view }: { view: GadgetFigures }) => {
  const t = useT();
  const { figures } = view;
  const csv = useMemo(() => toMonthlyReviewCsv(figures, reviewLabels(t, view.departmentNames)), [figures, t, view.departmentNames]);
  const href = useMemo(() => URL.createObjectURL(new Blob([BYTE_ORDER_MARK, csv], { type: 'text/csv;charset=utf-8' })), [csv]);
  useEffect(
    () => () => {
      URL.revokeObjectURL(href);
    },
    [href],
  );
  const name = `${t('gadget.export.file')}-${day(figures.period.from, figures.timeZone)}-${day(figures.period.to - 1, figures.timeZone)}.csv`;
  return (
    <a href={href} download={name} style={{ color: tokenWithDefault('color.link'), font: tokenWithDefault('font.body') }}>
      {t('gadget.export')}
    </a>
  );
};
