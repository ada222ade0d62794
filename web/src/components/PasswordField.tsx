import { TextboxField } from '../forms/TextboxField.js';

/** What a new password must be, said the same way wherever one is chosen. */
export const NEW_PASSWORD_HINT =
  'Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.';

/** The message when the repeated password is missing or differs; undefined when it matches. */
export function repeatProblem(password: string, repeat: string): string | undefined {
  if (!repeat) return 'Vul het wachtwoord nog een keer in.';
  if (repeat !== password) return 'De twee wachtwoorden zijn niet gelijk.';
  return undefined;
}

export interface PasswordFieldProps {
  id: string;
  label: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Shows the rules for a new password and lets the browser check the length. */
  isNew?: boolean;
}

export function PasswordField(props: PasswordFieldProps) {
  return (
    <TextboxField
      id={props.id}
      label={props.label}
      description={props.isNew ? NEW_PASSWORD_HINT : undefined}
      error={props.error}
      type="password"
      name={props.name}
      autoComplete={props.autoComplete}
      {...(props.isNew ? { minLength: 12 } : {})}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
