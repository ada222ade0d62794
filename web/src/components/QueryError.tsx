import { messageOf } from '../api/errors.js';
import { Alert } from './Alert.js';
import { Paragraph } from './Paragraph.js';

export function QueryError({ error, what }: { error: unknown; what: string }) {
  return (
    <Alert type="error" role="alert" title={`${what} konden niet worden geladen.`}>
      <Paragraph>{messageOf(error)}</Paragraph>
    </Alert>
  );
}
