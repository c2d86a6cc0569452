import { TargetsDashboard } from "@/features/targets/targets-dashboard";

export function TargetsPage() {
  return <TargetsDashboard />;
}
