import { Drawer } from 'antd';
import { useI18n } from '../i18n/locale-context';
import styles from './app-shell.module.css';
import { SideMenu } from './side-menu';

/** The side menu on a phone: a drawer over the page (its own chunk; a desktop never downloads it). */
export function PhoneMenu({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      open
      placement="left"
      size={256}
      onClose={onClose}
      title={
        <span className={styles.drawerBrand}>
          <span className={styles.mark} aria-hidden="true" />
          {t('app.name')}
        </span>
      }
      className={styles.phoneMenu}
      styles={{ body: { padding: 0 } }}
    >
      <SideMenu />
    </Drawer>
  );
}
