import type { Subject } from '../complaint';

// Registrars type service names freely: "Card payments" and " card  PAYMENTS" are one service.
export const foldServiceName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What makes two subjects the same: the employee's account, or the service's folded name.
 * Null when there is no subject to compare (none, or a blank service name).
 */
export const subjectKey = (subject: Subject | null): string | null => {
  if (subject === null) return null;
  if (subject.kind === 'employee') return `employee:${subject.accountId}`;
  const folded = foldServiceName(subject.name);
  return folded === '' ? null : `service:${folded}`;
};
