import { decodeSchools } from '../../core/forms';

/** The schools list saved with the last survey that asked for one, to prefill the sidebar. */
export function getSchools(): string[] {
  return decodeSchools(PropertiesService.getDocumentProperties().getProperties());
}
