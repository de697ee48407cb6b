/** The issue type that every complaint is (design.md section 2). */
export const COMPLAINT_ISSUE_TYPE = {
  name: 'Complaint',
  description: 'A customer complaint, routed, chased and closed by Complaint Advocate.',
  // A standard type, not a sub-task: complaints stand on their own.
  hierarchyLevel: 0,
} as const;

/** The JSM request type on top of it, so that customers can raise a complaint on the portal. */
export const COMPLAINT_REQUEST_TYPE = {
  name: 'Complaint',
  description: 'Tell us what went wrong. A customer advocate takes your side until it is put right.',
  helpText: 'Say what happened, when, and what you would like us to do about it.',
} as const;
