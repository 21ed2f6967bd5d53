/**
 * The 手写 pad: the citizen writes one character with a finger in a large square, the best 8
 * candidates show after every stroke, a tap on one writes it into the field and clears the pad.
 * 撤销一笔 takes the last stroke back, 重写 clears the pad, 删除一字 removes the field's last character.
 * Strokes live only in this component (never sent, stored or logged) and are dropped on every pick,
 * on 重写 and when the pad closes.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent, type ReactElement } from 'react';
import { KeyButton } from './KeyButton.js';
import { appendText, isFull, removeLastChar } from './key-input.js';
import { maxLengthMessage } from './layouts.js';
import type { Point } from './handwriting/geometry.js';
import { loadHandwritingModel } from './handwriting/model-loader.js';
import type { HandwritingModel } from './handwriting/model-format.js';
import { recognize } from './handwriting/recognizer.js';
import './keyboard.css';
import './handwriting.css';

export interface HandwritingPadProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number | undefined;
}

/** Candidates shown after each stroke. */
export const HANDWRITING_CANDIDATES = 8;
const INK = '#111111';

type ModelState = { status: 'loading' } | { status: 'ready'; model: HandwritingModel } | { status: 'failed' };

/** Draws one stroke smoothly: quadratic curves through the midpoints of its samples. */
function drawStroke(ctx: CanvasRenderingContext2D, points: readonly Point[], width: number): void {
  const first = points[0];
  if (!first) return;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  if (points.length === 1) {
    ctx.beginPath();
    ctx.arc(first.x, first.y, width / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(first.x, first.y);
  for (let i = 1; i < points.length - 1; i += 1) {
    const p = points[i] as Point;
    const next = points[i + 1] as Point;
    ctx.quadraticCurveTo(p.x, p.y, (p.x + next.x) / 2, (p.y + next.y) / 2);
  }
  const last = points[points.length - 1] as Point;
  ctx.lineTo(last.x, last.y);
  ctx.stroke();
}

export function HandwritingPad({ value, onChange, maxLength }: HandwritingPadProps): ReactElement {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokesRef = useRef<Point[][]>([]);
  const currentRef = useRef<{ id: number; points: Point[] } | null>(null);
  const [strokeCount, setStrokeCount] = useState(0);
  const [found, setFound] = useState<readonly string[]>([]);
  const [model, setModel] = useState<ModelState>({ status: 'loading' });
  const [refused, setRefused] = useState(false);
  const full = isFull(value, maxLength);

  useEffect(() => {
    let live = true;
    loadHandwritingModel().then(
      (m) => live && setModel({ status: 'ready', model: m }),
      () => live && setModel({ status: 'failed' }),
    );
    return () => {
      live = false;
      strokesRef.current = [];
      currentRef.current = null;
    };
  }, []);

  const penWidth = (canvas: HTMLCanvasElement): number => Math.max(8, canvas.clientWidth / 45);

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.round(canvas.clientWidth * ratio);
    const h = Math.round(canvas.clientHeight * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    for (const stroke of strokesRef.current) drawStroke(ctx, stroke, penWidth(canvas));
    const current = currentRef.current;
    if (current) drawStroke(ctx, current.points, penWidth(canvas));
  }, []);

  useEffect(() => {
    redraw();
    const canvas = canvasRef.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => redraw());
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [redraw]);

  const updateCandidates = useCallback(() => {
    const canvas = canvasRef.current;
    if (model.status !== 'ready' || !canvas || strokesRef.current.length === 0) {
      setFound([]);
      return;
    }
    const size = Math.min(canvas.clientWidth, canvas.clientHeight);
    const result = recognize(model.model, strokesRef.current, {
      boxSize: size,
      limit: HANDWRITING_CANDIDATES,
    });
    setFound(result.map((c) => c.char));
  }, [model]);

  // Strokes written while the model was still loading are recognized once it is there.
  useEffect(() => updateCandidates(), [updateCandidates]);

  const pointOf = (event: PointerEvent<HTMLCanvasElement>, source: { clientX: number; clientY: number }) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: source.clientX - rect.left, y: source.clientY - rect.top };
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>): void => {
    if (currentRef.current) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    currentRef.current = { id: event.pointerId, points: [pointOf(event, event)] };
    redraw();
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>): void => {
    const current = currentRef.current;
    if (!current || current.id !== event.pointerId) return;
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event.nativeEvent]) {
      current.points.push(pointOf(event, sample));
    }
    redraw();
  };

  const finishStroke = (event: PointerEvent<HTMLCanvasElement>): void => {
    const current = currentRef.current;
    if (!current || current.id !== event.pointerId) return;
    currentRef.current = null;
    strokesRef.current = [...strokesRef.current, current.points];
    setStrokeCount(strokesRef.current.length);
    redraw();
    updateCandidates();
  };

  const clearPad = (): void => {
    strokesRef.current = [];
    currentRef.current = null;
    setStrokeCount(0);
    setFound([]);
    redraw();
  };

  const undoStroke = (): void => {
    strokesRef.current = strokesRef.current.slice(0, -1);
    setStrokeCount(strokesRef.current.length);
    redraw();
    updateCandidates();
  };

  const pick = (char: string) => () => {
    const next = appendText(value, char, maxLength);
    if (next === value) {
      setRefused(true);
      return;
    }
    setRefused(false);
    onChange(next);
    clearPad();
  };

  let prompt: string;
  if (model.status === 'failed') prompt = '手写识别暂时不能用，请点上方“拼音”输入。';
  else if (strokeCount === 0) prompt = '请在下面的方框里用手指写一个字';
  else if (model.status === 'loading') prompt = '正在准备手写识别，请稍候……';
  else if (found.length === 0) prompt = '没有认出这个字，请点“重写”再写一次';
  else prompt = '请点选要写的字，没有就接着写';

  return (
    <div className="kb kb-handwriting" role="group" aria-label="手写输入" data-model={model.status}>
      <p className="hw-prompt" aria-live="polite">
        {prompt}
      </p>
      <div className="hw-candidates" role="group" aria-label="候选字">
        {found.map((char, index) => (
          <button
            key={`${strokeCount}-${char}`}
            type="button"
            className={
              index === 0 ? 'kb-candidate hw-candidate kb-candidate-first' : 'kb-candidate hw-candidate'
            }
            data-hw-candidate={index}
            onClick={pick(char)}
          >
            {char}
          </button>
        ))}
      </div>
      <div className="hw-body">
        <canvas
          ref={canvasRef}
          className="hw-canvas"
          data-hw-pad=""
          data-strokes={strokeCount}
          aria-label="手写板：用手指在这里写字"
          role="img"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={finishStroke}
          onPointerCancel={finishStroke}
        />
        <div className="hw-actions">
          <KeyButton
            keyId="undo-stroke"
            variant="kb-key-action hw-action"
            disabled={strokeCount === 0}
            onPress={undoStroke}
          >
            撤销一笔
          </KeyButton>
          <KeyButton
            keyId="rewrite"
            variant="kb-key-action hw-action"
            disabled={strokeCount === 0}
            onPress={clearPad}
          >
            重写
          </KeyButton>
          <KeyButton
            keyId="backspace"
            ariaLabel="删除一字"
            variant="kb-key-action hw-action"
            disabled={value.length === 0}
            onPress={() => onChange(removeLastChar(value))}
          >
            删除一字
          </KeyButton>
        </div>
      </div>
      {(full || refused) && maxLength !== undefined ? (
        <p className="kb-hint" role="status">
          {maxLengthMessage(maxLength)}
        </p>
      ) : null}
    </div>
  );
}
