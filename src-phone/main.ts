/**
 * The citizen's phone page for 从手机上传: opens the link whose token is in the URL's fragment (never sent
 * to a server, so never in a log), then takes photos with the camera or from the album and uploads them
 * one by one with a progress bar. Each photo is made smaller on the phone first when the browser can
 * (faster on a village mobile network; the server checks and re-encodes every photo anyway). Every refusal
 * is the server's own Chinese sentence.
 */
import type { PhoneClaimAnswer, PhoneUploadAnswer } from '../src-protocol/phone-links.js';
import './phone.css';

/** The phone shrinks a photo to at most this long side before sending it (A4 at 200 dpi). */
const LONG_SIDE = 2339;

interface ErrorBody {
  error?: { code?: string; message?: string };
}

const main = document.getElementById('phone-upload') as HTMLElement;
const token = window.location.hash.slice(1);
const keyName = `phone-upload-key:${token.slice(0, 12)}`;
let link: PhoneClaimAnswer | null = null;
let uploaded = 0;
let closed = false;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function showGone(message: string): void {
  closed = true;
  main.replaceChildren(
    el('h1', {}, '从手机上传材料'),
    el('p', { className: 'gone', role: 'alert' }, message),
    ...(uploaded > 0 ? [el('p', { className: 'done' }, `已上传 ${uploaded} 页，请在自助终端上查看。`)] : []),
  );
}

async function claim(): Promise<void> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) {
    showGone('这个上传链接不完整。请用手机相机重新扫自助终端屏幕上的二维码。');
    return;
  }
  let res: Response;
  try {
    res = await fetch('/v1/phone/claim', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, uploadKey: sessionStorage.getItem(keyName) ?? undefined }),
    });
  } catch {
    showGone('网络不通，打不开上传页面。请检查手机网络后，再扫一次二维码。');
    return;
  }
  const body = (await res.json().catch(() => ({}))) as PhoneClaimAnswer & ErrorBody;
  if (!res.ok) {
    showGone(body.error?.message ?? '这个上传链接不能用了。请在自助终端上重新点“从手机上传”。');
    return;
  }
  link = body;
  uploaded = body.pageCount;
  sessionStorage.setItem(keyName, body.uploadKey);
  render();
}

function picker(label: string, capture: boolean): HTMLLabelElement {
  const input = el('input', { type: 'file', accept: 'image/*', multiple: true, className: 'file-input' });
  if (capture) input.setAttribute('capture', 'environment');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void uploadAll(files);
  });
  return el('label', { className: capture ? 'big-button primary' : 'big-button' }, label, input);
}

let list: HTMLOListElement;
let counter: HTMLParagraphElement;

function render(): void {
  if (!link) return;
  counter = el('p', { className: 'counter' });
  list = el('ol', { className: 'uploads' });
  main.replaceChildren(
    el('h1', {}, '从手机上传材料'),
    el('p', { className: 'material' }, '材料：', el('strong', {}, link.materialName)),
    ...(link.hallName ? [el('p', { className: 'hall' }, link.hallName)] : []),
    el(
      'p',
      { className: 'hint' },
      '把材料平放在光线好的地方，一页拍一张，四个角都拍进去。上传后，照片会显示在自助终端上。',
    ),
    el('div', { className: 'buttons' }, picker('拍照上传', true), picker('从相册选择', false)),
    counter,
    list,
    el('p', { className: 'expiry' }, `链接 ${formatTime(link.expiresAt)} 前有效，只能用这部手机上传。`),
  );
  updateCounter();
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function updateCounter(): void {
  if (link) counter.textContent = `已上传 ${uploaded} 页（最多 ${link.maxPages} 页）`;
}

/** A JPEG of the photo at most LONG_SIDE long, upright; the original when the browser cannot. */
async function shrink(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = el('canvas', {
      width: Math.round(bitmap.width * scale),
      height: Math.round(bitmap.height * scale),
    });
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

function send(
  blob: Blob,
  bar: HTMLProgressElement,
): Promise<{ ok: boolean; body: PhoneUploadAnswer & ErrorBody; status: number }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/v1/phone/pages');
    xhr.setRequestHeader('x-phone-token', token);
    xhr.setRequestHeader('x-upload-key', link?.uploadKey ?? '');
    xhr.setRequestHeader('content-type', blob.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) bar.value = Math.round((event.loaded / event.total) * 100);
    });
    xhr.addEventListener('load', () => {
      let body: PhoneUploadAnswer & ErrorBody;
      try {
        body = JSON.parse(xhr.responseText) as PhoneUploadAnswer & ErrorBody;
      } catch {
        body = {} as PhoneUploadAnswer & ErrorBody;
      }
      resolve({ ok: xhr.status >= 200 && xhr.status < 300, body, status: xhr.status });
    });
    xhr.addEventListener('error', () =>
      resolve({
        ok: false,
        status: 0,
        body: {
          error: { message: '网络中断，这张没有传上去。请检查网络后再选一次。' },
        } as PhoneUploadAnswer & ErrorBody,
      }),
    );
    xhr.send(blob);
  });
}

async function uploadAll(files: File[]): Promise<void> {
  for (const file of files) {
    if (closed || !link) return;
    const bar = el('progress', { max: 100, value: 0 });
    const label = el('span', { className: 'item-state' }, '正在准备……');
    const item = el('li', { className: 'upload' }, label, bar);
    list.append(item);
    const blob = await shrink(file);
    if (blob.size > link.maxBytes) {
      label.textContent = `这张照片太大（超过 ${Math.round(link.maxBytes / 1024 / 1024)} MB），没有上传。`;
      item.classList.add('failed');
      bar.remove();
      continue;
    }
    label.textContent = '正在上传……';
    const result = await send(blob, bar);
    bar.remove();
    if (result.ok) {
      uploaded = result.body.pageCount;
      label.textContent = `第 ${result.body.seq} 页已上传`;
      item.classList.add('ok');
      updateCounter();
      continue;
    }
    item.classList.add('failed');
    label.textContent = result.body.error?.message ?? '这张没有传上去，请再试一次。';
    if (result.status === 410 || result.status === 404 || result.body.error?.code === 'LINK_CLAIMED') {
      showGone(label.textContent);
      return;
    }
  }
}

void claim();
