/**
 * Loads the handwriting model the build put beside the renderer (`handwriting-model.json`), once per
 * page and only when a 手写 pad first opens. A failed load is forgotten, so the next pad tries again.
 */
import { decodeModel, type HandwritingModel } from './model-format.js';

export const MODEL_FILE = 'handwriting-model.json';

let loading: Promise<HandwritingModel> | null = null;

async function fetchModel(): Promise<HandwritingModel> {
  const response = await fetch(new URL(MODEL_FILE, document.baseURI));
  if (!response.ok) throw new Error(`handwriting model: HTTP ${response.status}`);
  return decodeModel(await response.json());
}

export function loadHandwritingModel(): Promise<HandwritingModel> {
  loading ??= fetchModel().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
