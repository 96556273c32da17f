import { FontSizeOutlined, LeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Emblem } from '../../app/emblem';
import { useDocumentTitle } from '../../app/i18n';
import { HALL_NAME } from '../beijing-clock';
import './mobile.css';

const LARGE_KEY = 'lawhall.m.large';

function readLarge(): boolean {
  try {
    return localStorage.getItem(LARGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The phone pages' frame: the hall's name, a way back, and the 大字 (large font) switch, remembered. */
export default function MobileLayout() {
  const [large, setLarge] = useState(readLarge);
  const location = useLocation();
  const home = location.pathname === '/m' || location.pathname === '/m/';
  useDocumentTitle('掌上公共法律服务');
  const toggle = () => {
    const next = !large;
    setLarge(next);
    try {
      localStorage.setItem(LARGE_KEY, next ? '1' : '0');
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  };
  return (
    <div className={`m-app${large ? ' m-large' : ''}`} lang="zh-CN">
      <header className="m-header">
        {home ? (
          <Emblem size={32} />
        ) : (
          <Link to="/m" className="m-back" aria-label="返回首页">
            <LeftOutlined />
          </Link>
        )}
        <div className="m-title">{HALL_NAME}</div>
        <Button
          type={large ? 'primary' : 'default'}
          size="small"
          icon={<FontSizeOutlined />}
          onClick={toggle}
          aria-pressed={large}
          data-testid="m-large-font"
        >
          大字
        </Button>
      </header>
      <main className="m-main">
        <Outlet />
      </main>
      <footer className="m-footer">公共法律服务热线 12348 · 法律援助免费</footer>
    </div>
  );
}
