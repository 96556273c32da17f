/** The hall's mark: a shield with the scales of justice, drawn inline (no image request, crisp at any size). */
export function Emblem({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d="M24 3 L42 9 V23 C42 34 34.5 41.5 24 45 C13.5 41.5 6 34 6 23 V9 Z" fill="#c8102e" />
      <path
        d="M24 6.5 L39 11.5 V23 C39 32.2 32.8 38.6 24 41.8 C15.2 38.6 9 32.2 9 23 V11.5 Z"
        fill="#fff"
        opacity="0.12"
      />
      <g stroke="#ffd666" strokeWidth="2" strokeLinecap="round" fill="none">
        <path d="M24 13 V35" />
        <path d="M15 18 H33" />
        <path d="M18 35 H30" />
        <path d="M15 18 L11.5 26 M15 18 L18.5 26" />
        <path d="M33 18 L29.5 26 M33 18 L36.5 26" />
      </g>
      <path d="M10.5 26 H19.5 C19 28.5 17.2 30 15 30 C12.8 30 11 28.5 10.5 26 Z" fill="#ffd666" />
      <path d="M28.5 26 H37.5 C37 28.5 35.2 30 33 30 C30.8 30 29 28.5 28.5 26 Z" fill="#ffd666" />
      <circle cx="24" cy="12" r="2" fill="#ffd666" />
    </svg>
  );
}
