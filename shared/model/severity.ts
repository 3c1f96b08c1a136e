/** How bad a problem of a plan is: an error stops the plan from being right, a warning asks for a look. */
export type Severity = 'error' | 'warning';
