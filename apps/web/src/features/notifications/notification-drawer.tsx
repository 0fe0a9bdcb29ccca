import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The notifications over the whole width of a phone (its own chunk: a desktop never downloads the drawer). */
export function NotificationDrawer(props: { onClose: () => void; title: ReactNode; children: ReactNode }) {
  return (
    <Drawer
      open
      onClose={props.onClose}
      placement="right"
      size="100%"
      title={props.title}
      styles={{ body: { padding: '8px 16px' } }}
    >
      {props.children}
    </Drawer>
  );
}
