import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useState } from 'react';
import type { HealthReport } from '../../../src/contracts/resolver-contracts';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { useLanguage, useT } from '../../shared/i18n/i18n-context';
import type { MessageKey } from '../../shared/i18n/translate';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { toUiError, type UiError } from '../../shared/ui-error';

const ROLE_LABELS: Readonly<Record<HealthReport['people'][number]['role'], MessageKey>> = {
  leadAccountId: 'admin.department.lead',
  deputyAccountId: 'admin.department.deputy',
  escalationManagerAccountId: 'admin.department.escalationManager',
  advocateAccountId: 'admin.department.advocate',
};

/** One line of the report, marked as a problem or as fine, so the eye finds what to fix. */
const Finding = ({ problem, children }: { problem: boolean; children: string }) => (
  <li data-problem={problem}>
    <Text color={problem ? 'color.text.danger' : 'color.text.success'}>{children}</Text>
  </li>
);

/** The health check: read when the page opens and again on request. */
export const HealthSection = () => {
  const t = useT();
  const { language } = useLanguage();
  const host = useSurfaceHost();
  const [report, setReport] = useState<HealthReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const time = (at: number) => new Date(at).toLocaleString(language);

  const check = () => {
    setChecking(true);
    setError(null);
    host.call('admin/health', {}).then(
      (answer) => {
        setChecking(false);
        setReport(answer);
      },
      (e: unknown) => {
        setChecking(false);
        setError(toUiError(e));
      },
    );
  };
  // Once, on mount: the host stays the same for the surface's life.
  useEffect(check, []);

  return (
    <Stack space="space.150">
      <Inline>
        <Button onClick={check} isDisabled={checking}>
          {checking ? t('admin.health.checking') : t('admin.health.run')}
        </Button>
      </Inline>
      {error !== null && <ErrorMessage error={error} onRetry={check} />}
      {report !== null && (
        <ul aria-busy={checking}>
          {report.departmentsWithoutLead.length > 0 ? (
            <Finding problem>{t('admin.health.noLead', { names: report.departmentsWithoutLead.join(', ') })}</Finding>
          ) : (
            <Finding problem={false}>{t('admin.health.allLed')}</Finding>
          )}
          {report.people.length === 0 && <Finding problem={false}>{t('admin.health.peopleOk')}</Finding>}
          {report.people.map((p) => {
            const params = { name: report.names[p.accountId] ?? p.accountId, role: t(ROLE_LABELS[p.role]), department: p.departmentName, project: p.projectKey ?? '' };
            return (
              <Finding key={`${p.accountId}-${p.role}-${p.departmentName}-${p.projectKey ?? ''}`} problem>
                {t(p.problem === 'inactive' ? 'admin.health.inactive' : 'admin.health.notAssignable', params)}
              </Finding>
            );
          })}
          {report.missingPermissions.length === 0 && <Finding problem={false}>{t('admin.health.permissionsOk')}</Finding>}
          {report.missingPermissions.map((m) => (
            <Finding key={m.projectKey} problem>
              {t('admin.health.missingPermissions', { project: m.projectKey, permissions: m.permissions.join(', ') })}
            </Finding>
          ))}
          {report.lastSweep === null ? (
            <Finding problem>{t('admin.health.sweepNever')}</Finding>
          ) : (
            <Finding problem={report.lastSweep.failed > 0}>{t('admin.health.sweep', { time: time(report.lastSweep.at), handled: report.lastSweep.handled, failed: report.lastSweep.failed })}</Finding>
          )}
          {report.reconciliations.map((r) =>
            r.completedAt === null ? (
              <Finding key={r.projectKey} problem>
                {t('admin.health.reconciliationNever', { project: r.projectKey })}
              </Finding>
            ) : (
              <Finding key={r.projectKey} problem={false}>
                {t('admin.health.reconciliation', { project: r.projectKey, time: time(r.completedAt), healed: r.healed ?? 0 })}
              </Finding>
            ),
          )}
          <Finding problem={report.outbox.gaveUp > 0}>{t('admin.health.outbox', { pending: report.outbox.pending, gaveUp: report.outbox.gaveUp })}</Finding>
          {report.outbox.lastGiveUps.map((g) => (
            <Finding key={`${g.issueKey}-${String(g.at)}`} problem>
              {t('admin.health.giveUp', { issue: g.issueKey, time: time(g.at), reason: g.reason })}
            </Finding>
          ))}
          <Finding problem={report.triage > 0}>{t('admin.health.triage', { count: report.triage })}</Finding>
        </ul>
      )}
    </Stack>
  );
};
