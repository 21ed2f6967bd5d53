/**
 * The home screen's service tiles. Standard mode: every tile in a two-column grid. 大字模式 (长辈版):
 * fewer and larger tiles per view with the same content — the four main services as big tiles, and the
 * rest (评价, 投诉建议, …) under their own heading "更多服务", each still with its subtitle.
 */
import type { ReactElement } from 'react';
import { Icon } from '../components/icons.js';

export interface HomeTile {
  title: string;
  subtitle: string;
  icon: string;
  onTap: () => void;
}

/** The services most citizens come for: first and largest in 大字模式. */
export const PRIMARY_TILES: readonly string[] = ['办事指南', '自助申报', '进度查询', '预约办理'];

function TileButton({
  tile,
  iconSize,
  className,
}: {
  tile: HomeTile;
  iconSize: number;
  className: string;
}): ReactElement {
  return (
    <button type="button" className={className} onClick={tile.onTap}>
      <Icon name={tile.icon} size={iconSize} />
      <span className="tile-text">
        <span className="tile-title">{tile.title}</span>
        <span className="tile-sub">{tile.subtitle}</span>
      </span>
    </button>
  );
}

export function HomeTiles({ tiles, largeText }: { tiles: HomeTile[]; largeText: boolean }): ReactElement {
  if (!largeText)
    return (
      <main className="tiles" aria-label="服务功能">
        {tiles.map((tile) => (
          <TileButton key={tile.title} tile={tile} iconSize={64} className="tile" />
        ))}
      </main>
    );
  const primary = tiles.filter((t) => PRIMARY_TILES.includes(t.title));
  const more = tiles.filter((t) => !PRIMARY_TILES.includes(t.title));
  return (
    <main className="home-services" aria-label="服务功能">
      <div className="tiles tiles-primary">
        {primary.map((tile) => (
          <TileButton key={tile.title} tile={tile} iconSize={112} className="tile" />
        ))}
      </div>
      {more.length > 0 ? (
        <section className="tiles-more" aria-labelledby="tiles-more-title">
          <h2 id="tiles-more-title" className="tiles-more-title">
            更多服务
          </h2>
          <div className="tiles-more-row">
            {more.map((tile) => (
              <TileButton key={tile.title} tile={tile} iconSize={72} className="tile tile-row" />
            ))}
          </div>
        </section>
      ) : null}
    </main>
  );
}
