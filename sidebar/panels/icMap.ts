import { server } from '../api';
import { el } from '../dom';
import { withProgress } from '../status';

/**
 * "Update IC map from survey": fills the open IC map's "Where we are now" column from the
 * latest IC self-assessment summary, for everyone or one group of its breakdown.
 */
export function mountIcMapUpdate(container: HTMLElement): void {
  const group = el('input', {
    id: 'icmap-group',
    type: 'text',
    maxlength: '100',
    placeholder: 'Everyone',
  });
  const button = el(
    'button',
    { id: 'icmap-update', class: 'action', type: 'button' },
    'Update IC map from survey',
  );
  const status = el('div', { id: 'icmap-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  container.append(
    el(
      'p',
      { class: 'secondary' },
      'Open an IC map tab, then fill its "Where we are now" column with each outcome\'s median level from the latest IC self-assessment summary. No other column changes.',
    ),
    el(
      'div',
      { class: 'block form-group' },
      el('label', { for: 'icmap-group' }, 'Only this group of the breakdown (optional)'),
      group,
    ),
    el('div', { class: 'block' }, button),
    status,
  );
  button.addEventListener('click', () => {
    void withProgress(
      status,
      button,
      'Updating the IC map…',
      () => server.updateIcMap({ group: group.value }),
      (r) => r.message,
    );
  });
}
