import type { CodeOption } from './RegistrationForm.js';

function Definitions({ items }: { items: readonly CodeOption[] }) {
  return (
    <dl className="mw-definitions">
      {items.map((item) => (
        <div key={item.code}>
          <dt>{item.naam}</dt>
          <dd>{item.definitie}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The meaning of every task and result, one click away, so everyone registers alike. */
export function TaskDefinitions({
  tasks,
  results,
}: {
  tasks: readonly CodeOption[];
  results: readonly CodeOption[];
}) {
  return (
    <details className="mw-help">
      <summary>Wat betekenen de taken en resultaten?</summary>
      <h3 className="utrecht-heading-3">Taken</h3>
      <Definitions items={tasks} />
      <h3 className="utrecht-heading-3">Resultaten</h3>
      <Definitions items={results} />
    </details>
  );
}
