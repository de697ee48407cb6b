import type { RequiredInput } from '../../domain/workflow/complaint-workflow';
import { INPUT_FIELDS, isFieldInput, type FieldIds, type FieldInput } from './complaint-fields';
import { and, compare, isSet, isUnset, num, or, path, str, today, TRUE, when, type Expression } from './jira-expression';

/** A validator passes with `true` and fails with the message it returns (a Forge expression validator may return a string). */
const check = (passes: Expression, message: string): Expression => when(passes, TRUE, str(message));

type Checks = (field: Expression) => readonly Expression[];

const present =
  (message: string): Checks =>
  (field) => [check(isSet(field), message)];

/** The checks of each input that lives in a Jira field; inputs that are app data are the resolvers' to check (see complaint-fields.ts). */
const CHECKS: Readonly<Record<FieldInput, Checks>> = {
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
};

export interface InputValidator {
  readonly input: RequiredInput;
  readonly expression: Expression;
}

/** The validators of a transition that requires these inputs, in the table's order. */
export const inputValidators = (requires: readonly RequiredInput[], fieldIds: FieldIds): InputValidator[] =>
  requires
    .filter(isFieldInput)
    .flatMap((input) => CHECKS[input](path('issue', fieldIds[INPUT_FIELDS[input]])).map((expression) => ({ input, expression })));
