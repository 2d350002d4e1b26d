// The frame of a workbench panel's icon in GraphiQL's sidebar: a 24-unit line drawing at 20 px.
import type { ReactNode } from 'react';

export function PanelIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}
