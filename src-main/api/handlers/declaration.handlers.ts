/**
 * `declaration.*` (自助申报): the submission, then the A4 application form (申请表) kept for the
 * session so the done step can print it. The sync is kicked by the outbox itself (createKioskSync).
 */
import type { ApplicationFormService } from '../../services/declaration/application-form.service.js';
import type { DeclarationService } from '../../services/declaration/declaration.service.js';
import type { AreaHandlers } from './handler-types.js';

export interface DeclarationHandlerDeps {
  declarations: DeclarationService;
  applicationForms: ApplicationFormService;
  now: () => Date;
}

export function declarationHandlers(deps: DeclarationHandlerDeps): AreaHandlers<'declaration'> {
  const { declarations, applicationForms } = deps;
  return {
    'declaration.submit': async (input) => {
      const result = await declarations.submit(input, deps.now());
      return { ...result, applicationForm: applicationForms.keep(result, input) };
    },
    'declaration.printForm': ({ localNumber }) => applicationForms.print(localNumber),
  };
}
