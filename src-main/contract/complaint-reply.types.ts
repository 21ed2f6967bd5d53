/** What the kiosk's 查看答复 shows for a 投诉建议 found by the number on its slip. */

export interface ComplaintReplyEntry {
  category: string;
  /** When the district received it (ISO). */
  receivedAt: string;
  status: '待处理' | '处理中' | '已答复' | '已办结';
  reply: string | null;
  repliedAt: string | null;
}

export type ComplaintReplyResult =
  /** The district answered: one entry, or more when two kiosks printed the same number. */
  | { state: 'found'; complaints: ComplaintReplyEntry[] }
  /** No complaint of this hall has that number. */
  | { state: 'notFound' }
  /** Handed in at this kiosk and still waiting in its outbox: the district has not received it yet. */
  | { state: 'notSent' }
  /** The district server cannot be reached now. */
  | { state: 'offline' }
  /** A demo kiosk: complaints go nowhere, so there is no reply to read. */
  | { state: 'demo' };
