/** 大厅信息: name (checked against the district's naming rule), code, address, phone, 政务公开 notices. */
import { useState, type ReactElement } from 'react';
import { HALL_NAME_RULE } from '../../../src-main/contract/hall-name.js';
import { errorFor, Section, TextField } from '../fields.js';
import { SaveBar } from '../SaveBar.js';
import { useSettings } from '../use-settings.js';

const KEYS = ['hallName', 'hallCode', 'hallAddress', 'hallPhone', 'announcements'] as const;

export function HallTab(): ReactElement {
  const s = useSettings();
  const [editing, setEditing] = useState<string | null>(null);
  const [newNotice, setNewNotice] = useState('');
  if (!s.draft)
    return (
      <p className="loading" role="status">
        正在加载……
      </p>
    );
  const d = s.draft;
  const field = { editing, setEditing };
  const notices = d.announcements;
  const move = (i: number, by: number): void => {
    const next = [...notices];
    const [n] = next.splice(i, 1);
    if (n !== undefined) next.splice(i + by, 0, n);
    s.set('announcements', next);
  };
  return (
    <div className="admin-form">
      <Section title="大厅">
        <TextField
          name="hallName"
          label="大厅名称"
          value={d.hallName}
          onChange={(v) => s.set('hallName', v)}
          keyboard="pinyin"
          maxLength={60}
          hint={HALL_NAME_RULE}
          error={errorFor(s.error, 'hallName')}
          {...field}
        />
        <TextField
          name="hallCode"
          label="大厅编码"
          value={d.hallCode}
          onChange={(v) => s.set('hallCode', v.toUpperCase())}
          keyboard="techUpper"
          maxLength={20}
          error={errorFor(s.error, 'hallCode')}
          {...field}
        />
        <TextField
          name="hallAddress"
          label="地址"
          value={d.hallAddress}
          onChange={(v) => s.set('hallAddress', v)}
          keyboard="pinyin"
          maxLength={120}
          error={errorFor(s.error, 'hallAddress')}
          {...field}
        />
        <TextField
          name="hallPhone"
          label="咨询电话"
          value={d.hallPhone}
          onChange={(v) => s.set('hallPhone', v)}
          keyboard="tech"
          maxLength={40}
          error={errorFor(s.error, 'hallPhone')}
          {...field}
        />
      </Section>
      <Section title="政务公开（首页公告，最多 10 条）">
        <ol className="admin-list">
          {notices.map((n, i) => (
            <li key={`${i}-${n}`} className="admin-row" data-announcement={i}>
              <span className="admin-row-text">{n}</span>
              <span className="admin-row-actions">
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  上移
                </button>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() =>
                    s.set(
                      'announcements',
                      notices.filter((_, j) => j !== i),
                    )
                  }
                >
                  删除
                </button>
              </span>
            </li>
          ))}
        </ol>
        {notices.length < 10 ? (
          <>
            <TextField
              name="newAnnouncement"
              label="新公告"
              value={newNotice}
              onChange={setNewNotice}
              keyboard="pinyin"
              maxLength={200}
              error={errorFor(s.error, 'announcements')}
              {...field}
            />
            <button
              type="button"
              className="btn btn-secondary"
              disabled={newNotice.trim() === ''}
              onClick={() => {
                s.set('announcements', [newNotice.trim(), ...notices]);
                setNewNotice('');
                setEditing(null);
              }}
            >
              添加到最前
            </button>
          </>
        ) : null}
      </Section>
      <SaveBar onSave={() => void s.save(KEYS)} busy={s.busy} saved={s.saved} error={s.error} />
    </div>
  );
}
