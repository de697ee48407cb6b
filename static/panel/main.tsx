import { call } from '../shared/api';
import { mountSurface } from '../shared/mount-surface';
import { PanelBody } from './components/PanelBody';

// Asked for at once: the answer travels while the shell loads the context, theme and language.
const firstView = call('panel/view', {});
// Its failure is shown by the body, which reads it; this only keeps it from counting as unhandled meanwhile.
firstView.catch(() => undefined);

mountSurface(({ context }) => <PanelBody context={context} firstView={firstView} />);
