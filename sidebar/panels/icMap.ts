import { server } from '../api';
import { el, fold, statusArea } from '../dom';
import { withProgress } from '../status';

/**
 * "Update IC map from survey": fills the open IC map's "Where we are now" column from the
 * latest IC self-assessment summary, for everyone or one group of its breakdown. Folded in
 * step 3: it matters once an IC self-assessment has been summarized.
 */
export function mountIcMapUpdate(container: HTMLElement): void {
  const group = el('input', {
    id: 'icmap-group',
    type: 'text',
    maxlength: '100',
    placeholder: 'Everyone',
  });
  const button = el('button', { id: 'icmap-update', type: 'button' }, 'Update IC map from survey');
  const status = statusArea('icmap-status');
  container.append(
    fold(
      'icmap',
      'Update an IC map from the survey',
      el(
        'p',
        { class: 'secondary note' },
        'Open an IC map tab, then fill its "Where we are now" column with each outcome\'s median level from the latest IC self-assessment summary. No other column changes.',
      ),
      el(
        'div',
        { class: 'form-group' },
        el('label', { for: 'icmap-group' }, 'Only this group of the breakdown (optional)'),
        group,
      ),
      el('div', { class: 'block' }, button),
      status,
    ).details,
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
