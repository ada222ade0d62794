import { z } from 'zod';
import { uuid } from '../../shared/api/common.schema.js';

/** What the route files of registrations share: OpenAPI tag, permissions, the id parameter. */
export const tags = ['Registratie en werkdruk'];
export const manage = 'registratie.beheren' as const;
export const enter = 'registraties.invoeren' as const;
export const params = z.object({ id: uuid });
