/** The self-declaration form of the touch UI, and its initial values from the ID card. */
export { DeclarationForm, type DeclarationFormProps } from './DeclarationForm.js';
export { emptyValues, type CardForPrefill, type InitialForm } from './empty-values.js';
export { formProblems, shownErrors } from './form-errors.js';
