export { serve } from './serve';
