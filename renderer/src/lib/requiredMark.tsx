import type { ReactNode } from 'react';

/** The asterisk is decoration: screen readers get aria-required instead of "star". */
export function requiredMark(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {label}
      {required && (
        <span className="scd-required" aria-hidden>
          *
        </span>
      )}
    </>
  );
}
