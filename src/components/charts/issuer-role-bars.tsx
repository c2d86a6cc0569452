import { Bar } from "recharts";
import { ISSUER_ROLE_STYLES } from "@/components/charts/chart-palette";

const ROLES = ["lead", "coIssuer"] as const;

/**
 * The lead and co-issuer bars, stacked, of every chart counting documents by issuing body. A
 * function rather than a component: Recharts finds its series among the chart's children.
 */
export function issuerRoleBars() {
  return ROLES.map((role) => (
    <Bar
      key={role}
      dataKey={role}
      name={ISSUER_ROLE_STYLES[role].label}
      stackId="role"
      fill={ISSUER_ROLE_STYLES[role].color}
      isAnimationActive={false}
    />
  ));
}
