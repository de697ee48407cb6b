import { mountSurface } from '../shared/mount-surface';
import { AdminBody } from './components/AdminBody';

mountSurface(AdminBody);
