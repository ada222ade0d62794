import { Paragraph } from './Paragraph.js';

export function LoadingMessage({ children = 'Bezig met laden…' }: { children?: string }) {
  return (
    <Paragraph role="status" className="mw-loading">
      {children}
    </Paragraph>
  );
}
