import { useEffect, useState } from 'react';
import { DEFAULT_FILTERS, type RegisterFilters } from './filters';

/**
 * The search text and filters outlive the page: back from a member's page, the chair finds
 * the list as they left it. Kept for this window only.
 */
let remembered: { text: string; filters: RegisterFilters } = { text: '', filters: DEFAULT_FILTERS };

export function useRegisterView() {
  const [text, setText] = useState(remembered.text);
  const [filters, setFilters] = useState<RegisterFilters>(remembered.filters);
  useEffect(() => {
    remembered = { text, filters };
  }, [text, filters]);
  return { text, setText, filters, setFilters };
}

/** Opens the register on one tổ (from the tổ page): the next visit starts with that filter. */
export function rememberGroupFilter(groupId: number): void {
  remembered = { text: '', filters: { ...DEFAULT_FILTERS, groupId } };
}
