import { Alert } from '../../Alert.js';
import { Button } from '../../Button.js';
import { Paragraph } from '../../Paragraph.js';

export interface SaveBarProps {
  version: number;
  dirty: boolean;
  busy: boolean;
  savedVersion: number | null;
  onSave: () => void;
  onUndo: () => void;
}

export function SaveBar({ version, dirty, busy, savedVersion, onSave, onUndo }: SaveBarProps) {
  return (
    <div className="mw-save-bar">
      <div role="status" className="mw-feedback">
        {savedVersion !== null && !dirty && (
          <Alert type="ok">
            <Paragraph>De vragenlijst is opgeslagen als versie {savedVersion}.</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph>
        {dirty
          ? `U hebt wijzigingen die nog niet zijn opgeslagen. Bij opslaan wordt dit versie ${version + 1}.`
          : `Dit is versie ${version}. Er zijn geen wijzigingen.`}
      </Paragraph>
      <div className="utrecht-button-group">
        <Button appearance="primary-action" busy={busy} onClick={onSave}>
          Vragenlijst opslaan
        </Button>
        {dirty && <Button onClick={onUndo}>Wijzigingen ongedaan maken</Button>}
      </div>
    </div>
  );
}
