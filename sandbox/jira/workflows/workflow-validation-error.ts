/** One finding of `/workflows/create/validation` and friends, in Jira's WorkflowValidationError shape. */
export interface WorkflowValidationError {
  readonly code: string;
  readonly message: string;
  readonly level: 'ERROR' | 'WARNING';
  readonly type: 'RULE' | 'STATUS' | 'WORKFLOW' | 'TRANSITION' | 'SCOPE' | 'STATUS_MAPPING';
  readonly elementReference?: {
    readonly statusReference?: string;
    readonly transitionId?: string;
    readonly ruleId?: string;
    readonly statusMappingReference?: { readonly projectId: string; readonly issueTypeId: string };
  };
}

type ElementReference = NonNullable<WorkflowValidationError['elementReference']>;

export const validationError = (
  type: WorkflowValidationError['type'],
  code: string,
  message: string,
  elementReference?: ElementReference,
): WorkflowValidationError => ({ code, message, level: 'ERROR', type, ...(elementReference === undefined ? {} : { elementReference }) });
