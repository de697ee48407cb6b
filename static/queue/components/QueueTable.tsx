import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, type MouseEvent } from 'react';
import type { AdvocateQueueRow, AdvocateQueueView } from '../../../src/contracts/resolver-contracts';
import { StatusLozenge } from '../../shared/components/StatusLozenge';
import { tokenWithDefault } from '../../shared/components/token-with-default';
import { formatDuration, formatMoment, timeLeft } from '../../shared/format-time';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import { ReasonLozenge } from './ReasonLozenge';

/** Where the table is shown: the site its links point to, the user's time zone, and how to open an issue. */
export interface QueuePlace {
  readonly siteUrl: string;
  readonly timeZone?: string;
  readonly open: (issueKey: string) => void;
}

const cellStyle = {
  padding: `${tokenWithDefault('space.075')} ${tokenWithDefault('space.100')}`,
  borderBlockEnd: `1px solid ${tokenWithDefault('color.border')}`,
  textAlign: 'start',
  verticalAlign: 'top',
} as const;

const COLUMNS = ['queue.column.reason', 'queue.column.complaint', 'queue.column.department', 'queue.column.status', 'queue.column.since', 'queue.column.due'] as const;

const Due = ({ dueAt, now, moment }: { dueAt: number; now: number; moment: (at: number) => string }) => {
  const t = useT();
  const { language } = useLanguage();
  const left = timeLeft(dueAt, now);
  return (
    <Stack>
      <Text>{t(left.overdue ? 'queue.due.overdue' : 'queue.due.in', { duration: formatDuration(language, left.ms) })}</Text>
      <Text size="small" color="color.text.subtle">
        {moment(dueAt)}
      </Text>
    </Stack>
  );
};

const Row = ({ item, now, place }: { item: AdvocateQueueRow; now: number; place: QueuePlace }) => {
  const t = useT();
  const { language } = useLanguage();
  const moment = (at: number) => formatMoment(language, at, place.timeZone);
  const path = `/browse/${item.issueKey}`;
  // The frame cannot follow a link to the site itself, so a click (or Enter) goes through the host's router; the href stays for copying.
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    place.open(item.issueKey);
  };
  return (
    <tr>
      <td style={cellStyle}>
        <ReasonLozenge reason={item.reason} />
      </td>
      <th scope="row" style={{ ...cellStyle, fontWeight: 'normal' }}>
        <a href={new URL(path, place.siteUrl).toString()} onClick={onClick} style={{ color: tokenWithDefault('color.link') }}>
          {item.summary === '' ? item.issueKey : `${item.issueKey}: ${item.summary}`}
        </a>
      </th>
      <td style={cellStyle}>{item.departmentName ?? t('queue.noDepartment')}</td>
      <td style={cellStyle}>
        <StatusLozenge status={item.status} />
      </td>
      <td style={cellStyle}>
        <Stack>
          <Text>{t('queue.since.ago', { duration: formatDuration(language, Math.max(0, now - item.since)) })}</Text>
          <Text size="small" color="color.text.subtle">
            {moment(item.since)}
          </Text>
        </Stack>
      </td>
      <td style={cellStyle}>
        {item.dueAt === null ? t('queue.due.none') : <Due dueAt={item.dueAt} now={now} moment={moment} />}
      </td>
    </tr>
  );
};

/** The queue as a real table, most urgent first, each complaint's key and summary a link to it. */
export const QueueTable = ({ view, place }: { view: AdvocateQueueView; place: QueuePlace }) => {
  const t = useT();
  const captionId = useId();
  const count = view.complete ? String(view.total) : t('queue.atLeast', { count: String(view.total) });
  return (
    <Stack space="space.100">
      <table aria-labelledby={captionId} style={{ borderCollapse: 'collapse', width: '100%', font: tokenWithDefault('font.body') }}>
        <caption id={captionId} style={{ textAlign: 'start', paddingBlockEnd: tokenWithDefault('space.100') }}>
          {t('queue.caption', { shown: String(view.items.length), total: count })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" style={cellStyle}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <Row key={item.issueId} item={item} now={view.now} place={place} />
          ))}
        </tbody>
      </table>
    </Stack>
  );
};
