import { mountSurface } from '../shared/mount-surface';
import { PortalBody } from './components/PortalBody';

// The body places the language picker: on a request that is no complaint the module shows nothing at all.
mountSurface(PortalBody, { languagePicker: false });
