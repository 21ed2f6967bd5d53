/** Home: hall name, date and time, the service tiles (HomeTiles: fewer and larger in 大字模式). */
import type { ReactElement } from 'react';
import { useKiosk } from '../app/kiosk-context.js';
import type { Route } from '../app/navigation.js';
import { Clock } from '../components/Clock.js';
import { HelpButton } from '../components/HelpButton.js';
import { Icon } from '../components/icons.js';
import { OnlineIndicator } from '../components/OnlineIndicator.js';
import { HomeBoard } from '../components/HomeBoard.js';
import { HomeSearchEntry } from '../components/HomeSearchEntry.js';
import { HomeTiles } from './HomeTiles.js';
import './home-fit.css';

interface Tile {
  title: string;
  subtitle: string;
  icon: string;
  onTap: () => void;
}

export function HomeScreen(): ReactElement {
  const { info, navigate, largeText, setLargeText } = useKiosk();
  const push = (route: Route) => () => navigate({ type: 'push', route });
  const tiles: Tile[] = [
    {
      title: '办事指南',
      subtitle: '查办什么、带什么、去哪办',
      icon: 'guide',
      onTap: () => navigate({ type: 'push', route: { name: 'categories' } }),
    },
    {
      title: '自助申报',
      subtitle: '刷身份证，在线提交申请',
      icon: 'declare',
      onTap: () => navigate({ type: 'push', route: { name: 'declare-pick' } }),
    },
    {
      title: '进度查询',
      subtitle: '查询办理进度和结果',
      icon: 'progress',
      onTap: push({ name: 'progress' }),
    },
    {
      title: '预约办理',
      subtitle: '预约窗口办理时间',
      icon: 'booking',
      onTap: push({ name: 'appointment' }),
    },
    { title: '评价', subtitle: '好差评，一次一评', icon: 'rating', onTap: push({ name: 'rating' }) },
    {
      title: '投诉建议',
      subtitle: '反映问题，提出建议',
      icon: 'complaint',
      onTap: push({ name: 'complaint' }),
    },
  ];
  return (
    <div className="screen home" data-fit-screen>
      <header className="home-header">
        <div>
          <h1 className="hall-name">{info.hallName}</h1>
          <p className="hall-sub">自助服务终端{info.demo ? '（演示模式）' : ''}</p>
          <OnlineIndicator />
        </div>
        <Clock />
      </header>
      <HomeSearchEntry />
      <HomeTiles tiles={tiles} largeText={largeText} />
      <HomeBoard />
      <footer className="home-footer">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          data-large-text-toggle
          aria-pressed={largeText}
          onClick={() => setLargeText(!largeText)}
        >
          <Icon name="text" size={36} />
          {largeText ? '标准字体' : '大字模式（长辈版）'}
        </button>
        <HelpButton large />
      </footer>
    </div>
  );
}
