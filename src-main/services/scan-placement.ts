import type { ScanReading } from '../../shared/scan/reading';
import type { Homography } from '../scan/homography';

/**
 * The transform the reader found (the reading's `placement.toImage`, from the layout's points to
 * the pixels of the image as it read it), for the same image decoded `width` × `height` pixels:
 * the same placement, whatever the size. Null when the reading kept none (a reading from before,
 * or a record from a congress file).
 */
export function readersTransform(reading: ScanReading | null, width: number, height: number): Homography | null {
  const placement = reading?.placement;
  if (!placement?.toImage || !placement.image || placement.toImage.length !== 9) return null;
  const sx = width / placement.image.width;
  const sy = height / placement.image.height;
  const h = placement.toImage;
  return [h[0]! * sx, h[1]! * sx, h[2]! * sx, h[3]! * sy, h[4]! * sy, h[5]! * sy, h[6]!, h[7]!, h[8]!];
}
