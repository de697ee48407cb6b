import type { RequiredInput } from '../../domain/workflow/complaint-workflow';
import { INPUT_FIELDS, type FieldIds } from './complaint-fields';
import { and, compare, isSet, isUnset, num, or, path, str, today, trimmed, TRUE, when, type Expression } from './jira-expression';

/** A validator passes with `true` and fails with the message it returns (a Forge expression validator may return a string). */
const check = (passes: Expression, message: string): Expression => when(passes, TRUE, str(message));

/** The field as the transition leaves it, and as it was before the transition screen's edits. */
type Checks = (field: Expression, before: Expression) => readonly Expression[];

const present =
  (message: string): Checks =>
  (field) => [check(isSet(field), message)];

/** Set, and more than white space (a text field is a String). */
const written = (field: Expression): Expression => and(isSet(field), compare(trimmed(field), '!=', str('')));

/** The checks of each input, in its Jira field. */
const CHECKS: Readonly<Record<RequiredInput, Checks>> = {
  measures: present('Describe the measures the department will take.'),
  measuresDeadline: (field) => [
    check(isSet(field), 'Set the Measures deadline.'),
    check(or(isUnset(field), compare(field, '>=', today())), 'The Measures deadline must not be in the past.'),
  ],
  actionTaken: present('Describe the action taken.'),
  satisfaction: (field) => [
    check(and(isSet(field), compare(field, '>=', num(1)), compare(field, '<=', num(5))), 'Record the customer satisfaction, from 1 to 5.'),
  ],
  consideredResolved: present('Record whether the customer considers the complaint resolved.'),
  callNotes: present('Write the notes of the call with the customer.'),
  department: present('Choose the department.'),
  compensation: (field) => [check(and(isSet(field), compare(field, '>=', num(0))), 'Compensation must be zero or more.')],
  // The field keeps the last reason given; the same text again must not pass for a new return, reopen or closing.
  reason: (field, before) => [
    check(written(field), 'Give the reason: it goes on the complaint\'s trail.'),
    check(compare(field, '!=', before), 'Give a new reason: this one was already given for an earlier step.'),
  ],
  // The key's form and the complaint behind it are the app's to check when it links the two: an expression has no pattern matching.
  duplicateOf: (field) => [
    check(written(field), 'Give the key of the complaint this one duplicates, e.g. CMP-12.'),
    check(or(isUnset(field), compare(field, '!=', path('issue', 'key'))), 'A complaint cannot duplicate itself.'),
  ],
};

export interface InputValidator {
  readonly input: RequiredInput;
  readonly expression: Expression;
}

/** The validators of a transition that requires these inputs, in the table's order. */
export const inputValidators = (requires: readonly RequiredInput[], fieldIds: FieldIds): InputValidator[] =>
  requires.flatMap((input) => {
    const fieldId = fieldIds[INPUT_FIELDS[input]];
    return CHECKS[input](path('issue', fieldId), path('originalIssue', fieldId)).map((expression) => ({ input, expression }));
  });

/** A closing transition's Resolution: the screen shows it, and a complaint must not end Closed without one. */
export const resolutionValidator = (): Expression => check(isSet(path('issue', 'resolution')), 'Choose the resolution.');
