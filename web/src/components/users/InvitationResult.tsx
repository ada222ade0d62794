import { useEffect, useRef, useState } from 'react';
import type { Invitation } from '../../api/users.js';
import { Alert } from '../Alert.js';
import { Button } from '../Button.js';
import { FormField } from '../FormField.js';
import { Paragraph } from '../Paragraph.js';
import { Textbox } from '../Textbox.js';

async function copyText(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    // Without a secure context the Clipboard API is missing; selecting still lets the user copy.
    input.select();
    return document.execCommand('copy');
  }
}

export function InvitationResult({ invitation }: { invitation: Invitation }) {
  const ref = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const { naam } = invitation.gebruiker;
  const link = invitation.uitnodigingslink
    ? new URL(invitation.uitnodigingslink, window.location.origin).toString()
    : null;

  useEffect(() => ref.current?.focus(), [invitation]);

  async function copy() {
    if (inputRef.current) setCopied(await copyText(inputRef.current));
  }

  return (
    <Alert ref={ref} tabIndex={-1} type="ok" title={`${naam} is uitgenodigd.`}>
      {link ? (
        <>
          <Paragraph>
            Geef deze link aan {naam}. Met de link kiest {naam} een eigen wachtwoord.
          </Paragraph>
          <Paragraph>
            <strong>U ziet deze link maar één keer.</strong> Kopieer hem nu: als u deze pagina
            verlaat, kunt u hem niet meer opvragen.
          </Paragraph>
          <FormField id="uitnodigingslink" label="Uitnodigingslink">
            {(control) => (
              <Textbox {...control} ref={inputRef} readOnly value={link} className="mw-link-box" />
            )}
          </FormField>
          <Button appearance="primary-action" onClick={() => void copy()}>
            Kopieer link
          </Button>
          <p role="status" className="utrecht-paragraph">
            {copied === true && 'De link is gekopieerd.'}
            {copied === false && 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.'}
          </p>
        </>
      ) : (
        <Paragraph>{naam} krijgt de uitnodiging per e-mail.</Paragraph>
      )}
    </Alert>
  );
}
