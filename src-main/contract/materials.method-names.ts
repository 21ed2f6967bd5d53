/** The names of the 材料采集 contract methods (see materials.methods.ts). */
export const MATERIAL_METHOD_NAMES = [
  'materials.pages',
  'materials.capture',
  'materials.turn',
  'materials.remove',
  'materials.atWindow',
  'materials.page',
  'materials.camera',
  'materials.cameraState',
  'setup.camera',
  'setup.setCamera',
  'admin.camera',
  'admin.setCamera',
] as const;
