/** A decorative face at an end of the line: the label and value text carry the meaning. */
export function Face({ mood }: { mood: 'sad' | 'happy' }) {
  const mouth = mood === 'happy' ? 'M7 14 Q12 19 17 14' : 'M7 17 Q12 12 17 17';
  return (
    <svg
      className={`mw-face mw-face--${mood}`}
      viewBox="0 0 24 24"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10.5" className="mw-face__head" />
      <circle cx="8.5" cy="9.5" r="1.4" className="mw-face__eye" />
      <circle cx="15.5" cy="9.5" r="1.4" className="mw-face__eye" />
      <path d={mouth} className="mw-face__mouth" />
    </svg>
  );
}
