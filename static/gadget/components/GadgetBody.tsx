import type { FullContext } from '@forge/bridge';
import { useSurfaceHost } from '../../shared/shell/surface-host';
import { readGadgetConfig } from '../gadget-config';
import { isEditMode, storedGadgetConfig } from '../gadget-context';
import { GadgetEditForm } from './GadgetEditForm';
import { GadgetView } from './GadgetView';

/** One resource serves both of the gadget's entry points: view and edit. */
export const GadgetBody = ({ context }: { context: FullContext }) => {
  const host = useSurfaceHost();
  const config = readGadgetConfig(storedGadgetConfig(context));
  if (isEditMode(context)) return <GadgetEditForm saved={config} />;
  const place = {
    locale: context.locale,
    timeZone: context.timezone,
    siteUrl: context.siteUrl,
    // A link that does not open leaves the user where they were, which says enough.
    navigate: (path: string) => {
      host.navigate(path).catch(() => undefined);
    },
  };
  return <GadgetView config={config} place={place} />;
};
