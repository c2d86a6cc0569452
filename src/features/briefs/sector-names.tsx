import type { Sector } from "@/data/model";
import { AnnotationMark } from "@/components/entities/annotation-mark";

/** The sectors an item is filed under; marked when they are annotations. */
export function SectorNames({
  sectors,
  isAnnotated,
}: {
  sectors: readonly Sector[];
  isAnnotated: boolean;
}) {
  if (sectors.length === 0) return null;
  return (
    <span>
      {sectors.map((sector) => sector.nameEn).join(", ")}
      {isAnnotated && <AnnotationMark what={sectors.length > 1 ? "Sectors" : "Sector"} />}
    </span>
  );
}
