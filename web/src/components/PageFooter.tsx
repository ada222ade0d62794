import { Paragraph } from './Paragraph.js';

export function PageFooter() {
  return (
    <footer className="utrecht-page-footer">
      <div className="utrecht-page-footer__content">
        <Paragraph>Meetwerk — meten wat telt in het sociaal domein.</Paragraph>
        <Paragraph small>Open source software onder de EUPL-licentie.</Paragraph>
      </div>
    </footer>
  );
}
