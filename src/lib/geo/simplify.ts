/**
 * A projection stream that drops points closer than `tolerance` (projected units) to the last
 * kept one. Natural Earth 1:10m has far more detail than a phone can show; this keeps the
 * basemap small without a topology library.
 */
import { geoTransform, type GeoProjection, type GeoStream } from 'd3';

export function simplifyingProjection(projection: GeoProjection, tolerance: number) {
  const tol2 = tolerance * tolerance;
  return {
    stream(out: GeoStream): GeoStream {
      let lastX = NaN, lastY = NaN, firstInLine = true, pendingX = NaN, pendingY = NaN;
      const inner = geoTransform({
        point(this: { stream: GeoStream }, x: number, y: number) {
          const dx = x - lastX, dy = y - lastY;
          if (firstInLine || dx * dx + dy * dy >= tol2) {
            this.stream.point(x, y);
            lastX = x; lastY = y; firstInLine = false; pendingX = NaN;
          } else {
            pendingX = x; pendingY = y;
          }
        },
        lineStart(this: { stream: GeoStream }) {
          firstInLine = true; pendingX = NaN;
          this.stream.lineStart();
        },
        lineEnd(this: { stream: GeoStream }) {
          // Always keep a line's last point so rings close and lines reach their end.
          if (!Number.isNaN(pendingX)) this.stream.point(pendingX, pendingY);
          this.stream.lineEnd();
        }
      }).stream(out);
      return projection.stream(inner);
    }
  };
}
